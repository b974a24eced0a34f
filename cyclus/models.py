import datetime
from collections.abc import Callable

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models, transaction
from django.db.models import Count, ExpressionWrapper, Q
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from scholen.models import School, Team

from .poort import Poort, handmatig


class Stap(models.IntegerChoices):
    """The five steps of the improvement cycle; their names are fixed."""

    VERKENNING = 1, _("Verkenning en prioritering")
    VERDIEPING = 2, _("Verdieping en analyse")
    BESLUIT = 3, _("Besluit en verbeterplan")
    UITVOERING = 4, _("Uitvoeren, monitoren en bijstellen")
    BORGEN = 5, _("Borgen")


class Status(models.TextChoices):
    ACTIEF = "actief", _("actief")
    GEPARKEERD = "geparkeerd", _("geparkeerd")
    AFGESLOTEN = "afgesloten", _("afgesloten")


# The only moves between steps. Forward is always one step; back is allowed from the doing
# steps to revise the plan (3) or to deepen the analysis again (2).
VOORUIT = {1: 2, 2: 3, 3: 4, 4: 5}
TERUG = {(4, 3), (4, 2), (5, 3), (5, 2)}
# After the evaluation in step 5 a new cycle starts at one of these steps.
NIEUWE_START = (Stap.VERKENNING, Stap.VERDIEPING, Stap.BESLUIT)


class StapFout(Exception):
    """A move that cannot happen; the message is shown to the person who tried."""


class AlVerplaatst(StapFout):
    """Someone else moved the speerpunt after this person loaded the page."""

    def __init__(self):
        super().__init__(
            gettext(
                "Dit speerpunt is intussen door iemand anders verplaatst of gewijzigd. "
                "Bekijk de nieuwe stand en probeer het zo nodig opnieuw."
            )
        )


# Monitoring answers are anonymous: results and comments of a check-in are shown only once at
# least this many people answered, so no answer can be traced back to the few who gave it. A
# school or a single moment may raise the number, never lower it.
MIN_RESPONDENTEN = 5


class SchoolInstellingen(models.Model):
    """What a school decides for itself about its cycle: its vision and how much focus it keeps."""

    school = models.OneToOneField(
        School, on_delete=models.CASCADE, related_name="cyclus_instellingen"
    )
    visie = models.TextField(
        _("visie"),
        blank=True,
        help_text=_("Waar staat de school voor, en waar wil ze over een paar jaar staan?"),
    )
    limiet_per_team = models.PositiveSmallIntegerField(
        _("actieve speerpunten per team"),
        default=3,
        help_text=_("Boven dit aantal vraagt Koers om een bevestiging."),
    )
    stil_na_weken = models.PositiveSmallIntegerField(
        _("stil na aantal weken"),
        default=4,
        help_text=_("Een speerpunt zonder activiteit in deze periode valt op het dashboard op."),
    )
    anoniem_vanaf = models.PositiveSmallIntegerField(
        _("monitoringresultaten zichtbaar vanaf"),
        default=MIN_RESPONDENTEN,
        validators=[MinValueValidator(MIN_RESPONDENTEN)],
        help_text=_(
            "Antwoorden op een monitormoment zijn anoniem: de samenvatting en toelichtingen "
            "verschijnen pas vanaf dit aantal antwoorden (minstens 5)."
        ),
    )

    class Meta:
        verbose_name = _("instellingen van de school")
        verbose_name_plural = _("instellingen van scholen")
        constraints = [
            models.CheckConstraint(
                condition=Q(anoniem_vanaf__gte=MIN_RESPONDENTEN),
                name="instellingen_anoniem_vanaf_minimum",
            )
        ]

    def __str__(self):
        return str(self.school)

    @classmethod
    def voor(cls, school: School) -> "SchoolInstellingen":
        """The school's settings; the defaults, unsaved, until a schoolleider saves them (so
        opening a page never writes)."""
        return cls.objects.filter(school=school).first() or cls(school=school)

    def teams_boven_limiet(self, teams, zonder=None) -> list[tuple[Team, int]]:
        """The teams that would go over the limit with one more active speerpunt, with their
        current number of active speerpunten."""
        actief = Speerpunt.objects.actief()
        if zonder is not None:
            actief = actief.exclude(pk=zonder.pk)
        tellingen = dict(
            Team.objects.filter(pk__in=[t.pk for t in teams])
            .annotate(n=Count("speerpunten", filter=Q(speerpunten__in=actief)))
            .values_list("pk", "n")
        )
        return [
            (t, tellingen[t.pk]) for t in teams if tellingen.get(t.pk, 0) >= self.limiet_per_team
        ]


class Kernwaarde(models.Model):
    """A core value from the school's vision that a speerpunt can serve."""

    school = models.ForeignKey(School, on_delete=models.CASCADE, related_name="kernwaarden")
    naam = models.CharField(_("kernwaarde"), max_length=100)
    toelichting = models.CharField(_("toelichting"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("kernwaarde")
        verbose_name_plural = _("kernwaarden")
        ordering = ["naam"]
        constraints = [
            models.UniqueConstraint(fields=["school", "naam"], name="kernwaarde_uniek_per_school")
        ]

    def __str__(self):
        return self.naam


class SchooljaarQuerySet(models.QuerySet):
    def huidig(self, school):
        return self.filter(school=school, is_huidig=True).first()


class Schooljaar(models.Model):
    school = models.ForeignKey(School, on_delete=models.CASCADE, related_name="schooljaren")
    begin_jaar = models.PositiveSmallIntegerField(_("beginjaar"))
    is_huidig = models.BooleanField(_("huidig schooljaar"), default=False)

    objects = SchooljaarQuerySet.as_manager()

    class Meta:
        verbose_name = _("schooljaar")
        verbose_name_plural = _("schooljaren")
        ordering = ["begin_jaar"]
        constraints = [
            models.UniqueConstraint(fields=["school", "begin_jaar"], name="schooljaar_uniek"),
            models.UniqueConstraint(
                fields=["school"], condition=Q(is_huidig=True), name="een_huidig_schooljaar"
            ),
        ]

    def __str__(self):
        return f"{self.begin_jaar}-{self.begin_jaar + 1}"

    def volgende(self) -> "Schooljaar":
        schooljaar, _created = Schooljaar.objects.get_or_create(
            school=self.school, begin_jaar=self.begin_jaar + 1
        )
        return schooljaar

    def maak_huidig(self) -> None:
        with transaction.atomic():
            Schooljaar.objects.filter(school=self.school, is_huidig=True).update(is_huidig=False)
            self.is_huidig = True
            self.save(update_fields=["is_huidig"])


# What other apps show on a speerpunt's dashboard card (its kartrekker, the next
# monitormoment, overdue actions): each registers a function in its AppConfig.ready that
# returns annotations for this queryset, one subquery each, so the board needs the same few
# queries however many speerpunten it shows, and the cycle needs to know none of those apps.
KAARTVELDEN: list[Callable[[], dict]] = []


class SpeerpuntQuerySet(models.QuerySet):
    def actief(self):
        return self.filter(status=Status.ACTIEF)

    def voor_school(self, school):
        return self.filter(school=school)

    def voor_dashboard(self, school, *, team=None, schooljaar=None, stil_na_weken=4):
        """The active speerpunten of a school as the dashboard shows them, with the card
        fields of every app in KAARTVELDEN."""
        grens = timezone.now() - datetime.timedelta(weeks=stil_na_weken)
        kaartvelden = {}
        for velden in KAARTVELDEN:
            kaartvelden.update(velden())
        qs = self.voor_school(school).actief()
        if team is not None:
            qs = qs.filter(teams=team)
        if schooljaar is not None:
            qs = qs.filter(schooljaar=schooljaar)
        return qs.annotate(
            staat_stil=ExpressionWrapper(
                Q(laatste_activiteit__lt=grens), output_field=models.BooleanField()
            ),
            **kaartvelden,
        ).order_by("volgorde", "pk")


class Speerpunt(models.Model):
    """A priority of the school that goes through the five-step cycle."""

    school = models.ForeignKey(
        School, on_delete=models.CASCADE, related_name="speerpunten", verbose_name=_("school")
    )
    titel = models.CharField(_("titel"), max_length=200)
    probleem = models.TextField(_("probleem of wens"), blank=True)
    reden = models.TextField(
        _("waarom nu"),
        blank=True,
        help_text=_("Waarom verdient dit nu aandacht? De signalen staan hieronder apart."),
    )
    kernwaarden = models.ManyToManyField(
        Kernwaarde, blank=True, related_name="speerpunten", verbose_name=_("kernwaarden")
    )
    visie_toelichting = models.TextField(
        _("bijdrage aan de visie"),
        blank=True,
        help_text=_("Hoe brengt dit speerpunt de school dichter bij haar visie?"),
    )
    teams = models.ManyToManyField(
        Team, blank=True, related_name="speerpunten", verbose_name=_("teams")
    )
    schooljaar = models.ForeignKey(
        Schooljaar,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="speerpunten",
        verbose_name=_("schooljaar"),
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="owned_speerpunten",
        verbose_name=_("eigenaar"),
    )
    volgorde = models.PositiveIntegerField(_("prioriteit"), default=0)
    stap = models.PositiveSmallIntegerField(
        _("stap"), choices=Stap.choices, default=Stap.VERKENNING
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.ACTIEF
    )
    stap_sinds = models.DateTimeField(_("in deze stap sinds"), default=timezone.now)
    laatste_activiteit = models.DateTimeField(_("laatste activiteit"), default=timezone.now)
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    updated_at = models.DateTimeField(_("laatst gewijzigd"), auto_now=True)

    objects = SpeerpuntQuerySet.as_manager()

    class Meta:
        verbose_name = _("speerpunt")
        verbose_name_plural = _("speerpunten")
        ordering = ["school", "volgorde", "pk"]
        # The dashboard, the focus per team and the board overview read a school's active
        # speerpunten; this keeps them from reading every speerpunt the school ever closed.
        indexes = [models.Index(fields=["school", "status"], name="speerpunt_school_status")]
        constraints = [
            models.CheckConstraint(
                condition=Q(stap__gte=1, stap__lte=5), name="speerpunt_stap_geldig"
            ),
            models.CheckConstraint(
                condition=Q(status__in=Status.values), name="speerpunt_status_geldig"
            ),
        ]

    def __str__(self):
        return self.titel

    def get_additional_data(self) -> dict:
        """Stored with each audit entry, so a school's trail is read without its objects."""
        return {"school": self.school_id}

    @cached_property
    def huidige_cyclus(self):
        """The cycle the speerpunt is in now, read once per instance: a page asks it for the
        gate, the borging, the plan and the charts. `start` and `evalueer`, which open a new
        cycle, and `refresh_from_db` forget it."""
        return self.cycli.select_related("borging__borger").order_by("-nummer").first()

    def _vergeet_cyclus(self) -> None:
        self.__dict__.pop("huidige_cyclus", None)

    def refresh_from_db(self, *args, **kwargs):
        self._vergeet_cyclus()
        super().refresh_from_db(*args, **kwargs)

    @property
    def dagen_in_stap(self) -> int:
        return (timezone.now() - self.stap_sinds).days

    def registreer_activiteit(self, moment=None) -> None:
        """Marks that someone worked on this speerpunt; other apps call this when they save
        something for it. The dashboard reads it for "last activity" and "stalling"."""
        self.laatste_activiteit = moment or timezone.now()
        Speerpunt.objects.filter(pk=self.pk).update(laatste_activiteit=self.laatste_activiteit)

    def start(self, by) -> "Cyclus":
        """Opens the first cycle of a new speerpunt and records where it began."""
        with transaction.atomic():
            cyclus = Cyclus.objects.create(speerpunt=self, nummer=1, startstap=self.stap)
            Transitie.objects.create(
                speerpunt=self,
                cyclus=cyclus,
                created_by=by,
                soort=TransitieSoort.GESTART,
                naar=self.stap,
            )
        self.huidige_cyclus = cyclus
        return cyclus

    def verschuif(self, *, omhoog: bool | None = None, plek: int | None = None) -> None:
        """Moves this speerpunt one place up or down in the school's priority order, or to
        place `plek` (1 is the highest) when it was dragged there."""
        with transaction.atomic():
            # Two people reordering at once: locking the school's list keeps the numbering whole.
            rij = list(
                Speerpunt.objects.select_for_update()
                .voor_school(self.school)
                .exclude(status=Status.AFGESLOTEN)
                .order_by("volgorde", "pk")
            )
            huidig = next(i for i, s in enumerate(rij) if s.pk == self.pk)
            doel = huidig + (-1 if omhoog else 1)
            if plek is not None:
                doel = plek - 1
            rij.insert(max(0, min(doel, len(rij) - 1)), rij.pop(huidig))
            for nummer, speerpunt in enumerate(rij, start=1):
                if speerpunt.volgorde != nummer:
                    Speerpunt.objects.filter(pk=speerpunt.pk).update(volgorde=nummer)
                if speerpunt.pk == self.pk:
                    self.volgorde = nummer

    def poort(self):
        """The checklist of the current step, which a forward move has to pass."""
        return Poort(self, self.huidige_cyclus)

    def vink_af(self, sleutel: str, *, by, aan: bool = True) -> None:
        """Ticks (or unticks) a gate item of the current step that the data cannot answer."""
        if sleutel not in handmatig(self.stap):
            raise StapFout(gettext("Dit punt hoort niet bij de huidige stap."))
        cyclus = self.huidige_cyclus
        if aan:
            Afvinking.objects.get_or_create(
                cyclus=cyclus, sleutel=sleutel, defaults={"completed_by": by}
            )
        else:
            Afvinking.objects.filter(cyclus=cyclus, sleutel=sleutel).delete()
        self.registreer_activiteit()

    def _vergrendel(self, van: int) -> "Speerpunt":
        # Two people moving the same speerpunt at once: the row lock makes the second wait,
        # and the step check then tells them it moved while they were looking.
        vers = Speerpunt.objects.select_for_update().get(pk=self.pk)
        if vers.stap != van or vers.status != Status.ACTIEF:
            raise AlVerplaatst
        return vers

    def _naar(self, vers: "Speerpunt", naar: int, moment) -> None:
        vers.stap = naar
        vers.stap_sinds = moment
        vers.laatste_activiteit = moment
        vers.save(update_fields=["stap", "stap_sinds", "laatste_activiteit", "updated_at"])
        self.stap, self.stap_sinds, self.laatste_activiteit = naar, moment, moment

    def naar_stap(
        self, naar: int, *, by, van: int, reden: str = "", open_punten_toegestaan: bool = False
    ) -> "Transitie":
        """Moves the speerpunt one step forward through the gate of its current step, or back
        to step 2 or 3 with a reason. `van` is the step the person saw; if the speerpunt has
        moved since, nothing happens and AlVerplaatst says so. Unmet gate items can only be
        passed by someone the caller allows to (`open_punten_toegestaan`: the schoolleider)
        who writes why; they are stored on the transition."""
        reden = reden.strip()
        vooruit = VOORUIT.get(van) == naar
        if not vooruit and (van, naar) not in TERUG:
            raise StapFout(gettext("Van deze stap kan een speerpunt niet naar die stap."))
        with transaction.atomic():
            vers = self._vergrendel(van)
            cyclus = vers.huidige_cyclus
            overgeslagen = []
            if vooruit:
                overgeslagen = [item.label for item in vers.poort().open_items]
                if overgeslagen and not open_punten_toegestaan:
                    raise StapFout(
                        gettext(
                            "Nog niet alles van deze stap is klaar. Alleen een schoolleider kan "
                            "toch doorgaan, met een toelichting."
                        )
                    )
                if overgeslagen and not reden:
                    raise StapFout(
                        gettext(
                            "Schrijf op waarom het speerpunt verder mag terwijl niet alles "
                            "van deze stap klaar is."
                        )
                    )
            elif not reden:
                raise StapFout(gettext("Schrijf op waarom het speerpunt een stap terug gaat."))
            moment = timezone.now()
            self._naar(vers, naar, moment)
            return Transitie.objects.create(
                speerpunt=vers,
                cyclus=cyclus,
                created_by=by,
                op=moment,
                soort=TransitieSoort.VOORUIT if vooruit else TransitieSoort.TERUG,
                van=van,
                naar=naar,
                reden=reden,
                overgeslagen=overgeslagen,
            )

    def evalueer(self, *, by, uitkomst: str, toelichting: str) -> "Transitie":
        """Ends the cycle after step 5: `uitkomst` is "afsluiten" (the speerpunt is closed) or
        "1", "2" or "3" (a new cycle starts at that step). The borging has to be recorded, or a
        schoolleider writes why it may wait."""
        toelichting = toelichting.strip()
        if not toelichting:
            raise StapFout(gettext("Schrijf kort op wat de evaluatie opleverde."))
        with transaction.atomic():
            vers = self._vergrendel(Stap.BORGEN)
            cyclus = vers.huidige_cyclus
            overgeslagen = [item.label for item in vers.poort().open_items]
            moment = timezone.now()
            cyclus.afgesloten_op = moment
            cyclus.evaluatie = toelichting
            cyclus.save(update_fields=["afgesloten_op", "evaluatie"])
            self._vergeet_cyclus()
            if uitkomst == "afsluiten":
                vers.status = Status.AFGESLOTEN
                vers.laatste_activiteit = moment
                vers.save(update_fields=["status", "laatste_activiteit", "updated_at"])
                self.status = Status.AFGESLOTEN
                return Transitie.objects.create(
                    speerpunt=vers,
                    cyclus=cyclus,
                    created_by=by,
                    op=moment,
                    soort=TransitieSoort.AFGESLOTEN,
                    van=Stap.BORGEN,
                    reden=toelichting,
                    overgeslagen=overgeslagen,
                )
            start = int(uitkomst)
            if start not in NIEUWE_START:
                raise StapFout(gettext("Een nieuwe cyclus begint bij stap 1, 2 of 3."))
            nieuw = Cyclus.objects.create(
                speerpunt=vers, nummer=cyclus.nummer + 1, startstap=start, begonnen_op=moment
            )
            self._naar(vers, start, moment)
            return Transitie.objects.create(
                speerpunt=vers,
                cyclus=nieuw,
                created_by=by,
                op=moment,
                soort=TransitieSoort.NIEUWE_CYCLUS,
                van=Stap.BORGEN,
                naar=start,
                reden=toelichting,
                overgeslagen=overgeslagen,
            )

    def parkeer(self, *, by, reden: str = "") -> "Transitie":
        """Puts an active speerpunt aside until next school year, to keep focus now."""
        with transaction.atomic():
            vers = self._vergrendel(self.stap)
            # A speerpunt left on last year's list goes to the year after the current one,
            # never to a year that has already begun.
            jaren = [vers.schooljaar, Schooljaar.objects.huidig(vers.school)]
            jaren = [jaar for jaar in jaren if jaar is not None]
            if jaren:
                vers.schooljaar = max(jaren, key=lambda jaar: jaar.begin_jaar).volgende()
            vers.status = Status.GEPARKEERD
            vers.save(update_fields=["status", "schooljaar", "updated_at"])
            self.status, self.schooljaar = vers.status, vers.schooljaar
            return Transitie.objects.create(
                speerpunt=vers,
                cyclus=vers.huidige_cyclus,
                created_by=by,
                soort=TransitieSoort.GEPARKEERD,
                van=vers.stap,
                naar=vers.stap,
                reden=reden.strip(),
            )

    def hervat(self, *, by) -> "Transitie":
        """Makes a parked speerpunt active again, in the step where it was parked."""
        with transaction.atomic():
            vers = Speerpunt.objects.select_for_update().get(pk=self.pk)
            if vers.status != Status.GEPARKEERD:
                raise StapFout(gettext("Dit speerpunt is niet geparkeerd."))
            moment = timezone.now()
            vers.status = Status.ACTIEF
            vers.laatste_activiteit = moment
            vers.save(update_fields=["status", "laatste_activiteit", "updated_at"])
            self.status = Status.ACTIEF
            return Transitie.objects.create(
                speerpunt=vers,
                cyclus=vers.huidige_cyclus,
                created_by=by,
                op=moment,
                soort=TransitieSoort.HERVAT,
                van=vers.stap,
                naar=vers.stap,
            )


class Cyclus(models.Model):
    """One pass of a speerpunt through the steps. A new pass starts after an evaluation in step 5;
    earlier passes stay readable, and each has its own verbeterplan."""

    speerpunt = models.ForeignKey(
        Speerpunt, on_delete=models.CASCADE, related_name="cycli", verbose_name=_("speerpunt")
    )
    nummer = models.PositiveSmallIntegerField(_("nummer"), default=1)
    startstap = models.PositiveSmallIntegerField(
        _("begonnen bij stap"), choices=Stap.choices, default=Stap.VERKENNING
    )
    begonnen_op = models.DateTimeField(_("begonnen op"), default=timezone.now)
    afgesloten_op = models.DateTimeField(_("afgesloten op"), null=True, blank=True)
    evaluatie = models.TextField(_("evaluatie"), blank=True)

    class Meta:
        verbose_name = _("cyclus")
        verbose_name_plural = _("cycli")
        ordering = ["speerpunt", "nummer"]
        constraints = [
            models.UniqueConstraint(fields=["speerpunt", "nummer"], name="cyclus_nummer_uniek")
        ]

    def __str__(self):
        return _("%(speerpunt)s, cyclus %(nummer)s") % {
            "speerpunt": self.speerpunt,
            "nummer": self.nummer,
        }


class SignaalSoort(models.TextChoices):
    RESULTATEN = "resultaten", _("leerresultaten")
    BREDE_ONTWIKKELING = "brede_ontwikkeling", _("brede ontwikkeling")
    KNELPUNTEN = "knelpunten", _("knelpunten van leraren")
    LEERLINGEN = "leerlingen", _("feedback van leerlingen")
    OUDERS = "ouders", _("feedback van ouders")
    COLLEGAS = "collegas", _("feedback van collega's")
    INSPECTIE = "inspectie", _("inspectie")
    BESTUUR = "bestuur", _("eisen van bestuur of overheid")
    LESBEZOEK = "lesbezoek", _("lesbezoeken")
    GROEPSGESPREK = "groepsgesprek", _("groepsgesprekken")


class Signaal(models.Model):
    """A piece of evidence for why a speerpunt matters, of one of the kinds the guide names."""

    speerpunt = models.ForeignKey(Speerpunt, on_delete=models.CASCADE, related_name="signalen")
    soort = models.CharField(_("soort"), max_length=30, choices=SignaalSoort.choices)
    notitie = models.CharField(_("wat zie je?"), max_length=300)

    class Meta:
        verbose_name = _("signaal")
        verbose_name_plural = _("signalen")
        ordering = ["pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(soort__in=SignaalSoort.values), name="signaal_soort_geldig"
            )
        ]

    def __str__(self):
        return f"{self.get_soort_display()}: {self.notitie}"


class TransitieSoort(models.TextChoices):
    GESTART = "gestart", _("gestart")
    VOORUIT = "vooruit", _("volgende stap")
    TERUG = "terug", _("terug")
    NIEUWE_CYCLUS = "nieuwe_cyclus", _("nieuwe cyclus")
    AFGESLOTEN = "afgesloten", _("afgesloten")
    GEPARKEERD = "geparkeerd", _("geparkeerd")
    HERVAT = "hervat", _("hervat")


class Transitie(models.Model):
    """One move of a speerpunt: the audit trail and the timeline on its page."""

    speerpunt = models.ForeignKey(Speerpunt, on_delete=models.CASCADE, related_name="transities")
    cyclus = models.ForeignKey(
        Cyclus, on_delete=models.CASCADE, null=True, related_name="transities"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("door"),
    )
    op = models.DateTimeField(_("op"), default=timezone.now)
    soort = models.CharField(_("soort"), max_length=20, choices=TransitieSoort.choices)
    van = models.PositiveSmallIntegerField(_("van stap"), choices=Stap.choices, null=True)
    naar = models.PositiveSmallIntegerField(_("naar stap"), choices=Stap.choices, null=True)
    reden = models.TextField(_("reden"), blank=True)
    overgeslagen = models.JSONField(_("open punten bij het passeren"), default=list, blank=True)

    class Meta:
        verbose_name = _("stapwissel")
        verbose_name_plural = _("stapwissels")
        ordering = ["op", "pk"]
        # A chart marks the step changes since its first measurement, not all of them.
        indexes = [models.Index(fields=["speerpunt", "op"], name="transitie_speerpunt_op")]
        constraints = [
            models.CheckConstraint(
                condition=Q(soort__in=TransitieSoort.values), name="transitie_soort_geldig"
            )
        ]

    def __str__(self):
        return f"{self.speerpunt}: {self.get_soort_display()}"


class Afvinking(models.Model):
    """A gate item that cannot be read from the data, ticked by hand for one cycle."""

    cyclus = models.ForeignKey(Cyclus, on_delete=models.CASCADE, related_name="afvinkingen")
    sleutel = models.CharField(max_length=50)
    completed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("door"),
    )
    op = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["cyclus", "sleutel"], name="afvinking_uniek")
        ]

    def __str__(self):
        return self.sleutel


class Borging(models.Model):
    """Step 5 of one cycle: how the school keeps the new way of working alive."""

    class Ritme(models.TextChoices):
        MAANDELIJKS = "maandelijks", _("elke maand")
        PERIODE = "periode", _("elke periode")
        HALFJAARLIJKS = "halfjaarlijks", _("elk half jaar")
        JAARLIJKS = "jaarlijks", _("elk jaar")

    cyclus = models.OneToOneField(Cyclus, on_delete=models.CASCADE, related_name="borging")
    zo_werken_wij = models.TextField(
        _("zo werken wij"),
        blank=True,
        help_text=_("De afspraak in gewone woorden: wat doen we nu steeds, en hoe?"),
    )
    klassen = models.CharField(_("in welke klassen of groepen"), max_length=200, blank=True)
    kwaliteit = models.TextField(
        _("welke kwaliteit"),
        blank=True,
        help_text=_("Waaraan zie je dat de aanpak goed wordt uitgevoerd?"),
    )
    agendaritme = models.CharField(
        _("op de teamagenda"), max_length=20, choices=Ritme.choices, blank=True
    )
    borger = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="borgingen",
        verbose_name=_("borger"),
        help_text=_("De collega die let op de uitvoering, nieuwe collega's meeneemt en evalueert."),
    )
    evaluatiedatum = models.DateField(_("evaluatiedatum"), null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("borging")
        verbose_name_plural = _("borgingen")

    def __str__(self):
        return str(self.cyclus)

    @property
    def is_vastgelegd(self) -> bool:
        return bool(self.zo_werken_wij.strip() and self.borger_id and self.evaluatiedatum)
