from collections import Counter

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models, transaction
from django.db.models import Count, F, Q, Value
from django.db.models.functions import Coalesce, Greatest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cyclus.models import MIN_RESPONDENTEN, Cyclus
from plg.models import PLGLid
from scholen.models import Lidmaatschap

# The default questions of a new monitormoment, along the themes a PLG checks during step 4.
# (question, what the comment field asks for)
STANDAARDVRAGEN = [
    (
        _("We voeren de aanpak uit zoals we hebben afgesproken."),
        _("Waar wijk je af van de afspraken, en waarom?"),
    ),
    (
        _("De aanpak past in de tijd die we ervoor hadden ingepland."),
        _("Waar kost het meer of minder tijd dan gedacht?"),
    ),
    (
        _("De aanpak heeft in mijn lessen de kwaliteit die we voor ogen hadden."),
        _("Wat gaat goed, en wat kan beter?"),
    ),
    (
        _("Alle leerlingen voor wie de aanpak bedoeld is, krijgen hem ook."),
        _("Welke leerlingen of groepen vallen buiten de boot?"),
    ),
    (
        _("Collega's voeren de aanpak op een vergelijkbare manier uit."),
        _("Welke verschillen tussen collega's zie je?"),
    ),
    (
        _("Er zijn successen die we met het team kunnen vieren."),
        _("Welk succes wil je delen?"),
    ),
    (
        _("De aanpak loopt zonder grote knelpunten."),
        _("Welke knelpunten zie je, en waar komen ze volgens jou door?"),
    ),
    (
        _("De randvoorwaarden zijn op orde: kennis en vaardigheden, tijd en materialen."),
        _("Wat ontbreekt er nog?"),
    ),
    (
        _("Ik zie bij leerlingen verandering in houding, welbevinden of kwaliteit van hun werk."),
        _("Wat zie je precies bij leerlingen?"),
    ),
]


class Score(models.IntegerChoices):
    HELEMAAL_NIET = 1, _("helemaal niet")
    EEN_BEETJE = 2, _("een beetje")
    DEELS = 3, _("deels")
    GROTENDEELS = 4, _("grotendeels")
    HELEMAAL = 5, _("helemaal")


class MonitormomentQuerySet(models.QuerySet):
    def met_drempel(self):
        """Annotates `zichtbaar_vanaf` (the number of answers from which results are shown: the
        highest of the product's minimum, the school's and the moment's) and `aantal_responsen`.
        """
        return self.annotate(
            aantal_responsen=Count("responsen", distinct=True),
            zichtbaar_vanaf=Greatest(
                Value(MIN_RESPONDENTEN),
                Coalesce(
                    "cyclus__speerpunt__school__cyclus_instellingen__anoniem_vanaf",
                    Value(MIN_RESPONDENTEN),
                ),
                Coalesce("drempel", Value(MIN_RESPONDENTEN)),
                output_field=models.IntegerField(),
            ),
        )

    def met_zichtbare_resultaten(self):
        return self.met_drempel().filter(aantal_responsen__gte=F("zichtbaar_vanaf"))

    def open(self, vandaag=None):
        """Moments that can be answered today: started, not closed by hand or by date."""
        vandaag = vandaag or timezone.localdate()
        return self.filter(gesloten_op__isnull=True, datum__lte=vandaag).filter(
            Q(sluitdatum__isnull=True) | Q(sluitdatum__gte=vandaag)
        )

    def voor_deelnemer(self, user):
        """Moments this person is asked to answer: as PLG member, or as a chosen colleague,
        in a school where they still work. Each condition is a subquery on the person's own
        few rows, so no join multiplies the moments and nothing needs deduplicating."""
        als_plg_lid = PLGLid.objects.filter(user=user).values("plg__speerpunt_id")
        als_teamlid = Monitormoment.teamleden.through.objects.filter(user=user).values(
            "monitormoment_id"
        )
        scholen = Lidmaatschap.objects.filter(user=user, user__is_active=True).values("school_id")
        return self.filter(
            Q(cyclus__speerpunt_id__in=als_plg_lid) | Q(pk__in=als_teamlid),
            cyclus__speerpunt__school_id__in=scholen,
        )

    def nog_te_beantwoorden_door(self, user):
        return self.voor_deelnemer(user).open().exclude(responsen__user=user)


class Monitormoment(models.Model):
    """A scheduled check during step 4 (or borging): questions answered by the PLG and,
    where wanted, by chosen colleagues."""

    cyclus = models.ForeignKey(
        Cyclus, on_delete=models.CASCADE, related_name="monitormomenten", verbose_name=_("cyclus")
    )
    titel = models.CharField(_("titel"), max_length=200)
    datum = models.DateField(_("datum"), help_text=_("Vanaf deze dag kan iedereen antwoorden."))
    sluitdatum = models.DateField(
        _("sluitdatum"),
        null=True,
        blank=True,
        help_text=_("Na deze dag sluit het moment vanzelf. Leeg: je sluit het zelf."),
    )
    teamleden = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="monitormomenten_als_teamlid",
        verbose_name=_("teamleden"),
        help_text=_("Collega's buiten de PLG die ook gevraagd worden te antwoorden."),
    )
    drempel = models.PositiveSmallIntegerField(
        _("resultaten zichtbaar vanaf"),
        null=True,
        blank=True,
        validators=[MinValueValidator(MIN_RESPONDENTEN)],
        help_text=_(
            "Aantal antwoorden vanaf wanneer de samenvatting en toelichtingen te zien zijn. "
            "Leeg: wat de school heeft ingesteld (minstens 5)."
        ),
    )
    gesloten_op = models.DateTimeField(_("gesloten op"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("aangemaakt door"),
    )
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)

    objects = MonitormomentQuerySet.as_manager()

    class Meta:
        verbose_name = _("monitormoment")
        verbose_name_plural = _("monitormomenten")
        ordering = ["-datum", "-pk"]
        # The dashboard card's "next monitormoment" reads the open moments of a cycle by date;
        # the closed ones pile up over the years and need not be read.
        indexes = [
            models.Index(
                fields=["cyclus", "datum"],
                condition=Q(gesloten_op__isnull=True),
                name="monitormoment_open",
            )
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(sluitdatum__isnull=True) | Q(sluitdatum__gte=models.F("datum")),
                name="monitormoment_sluit_na_start",
            ),
            models.CheckConstraint(
                condition=Q(drempel__isnull=True) | Q(drempel__gte=MIN_RESPONDENTEN),
                name="monitormoment_drempel_anoniem",
            ),
        ]

    def __str__(self):
        return self.titel

    @property
    def speerpunt(self):
        return self.cyclus.speerpunt

    @property
    def is_gesloten(self) -> bool:
        if self.gesloten_op is not None:
            return True
        return self.sluitdatum is not None and self.sluitdatum < timezone.localdate()

    @property
    def is_begonnen(self) -> bool:
        return self.datum <= timezone.localdate()

    @property
    def is_open(self) -> bool:
        return self.is_begonnen and not self.is_gesloten

    def deelnemer_ids(self) -> set[int]:
        return PLGLid.objects.user_ids(self.cyclus.speerpunt_id) | set(
            self.teamleden.values_list("pk", flat=True)
        )

    def is_deelnemer(self, user) -> bool:
        return user.pk in self.deelnemer_ids()

    def voeg_standaardvragen_toe(self) -> None:
        Vraag.objects.bulk_create(
            Vraag(monitormoment=self, tekst=str(tekst), toelichting=str(toelichting), volgorde=i)
            for i, (tekst, toelichting) in enumerate(STANDAARDVRAGEN, start=1)
        )

    def sluit(self) -> None:
        """Closes the moment by hand; answers stay, no new ones come in."""
        with transaction.atomic():
            # Two people pressing "sluiten" at once keep the first closing time.
            moment = Monitormoment.objects.select_for_update().get(pk=self.pk)
            if moment.gesloten_op is None:
                moment.gesloten_op = timezone.now()
                moment.save(update_fields=["gesloten_op"])
            self.gesloten_op = moment.gesloten_op

    def heropen(self) -> None:
        """Opens a moment that was closed by hand again."""
        self.gesloten_op = None
        self.save(update_fields=["gesloten_op"])

    def beantwoord(self, user, antwoorden: dict[int, tuple[int | None, str]]) -> "Respons":
        """Stores this person's answers ({vraag_id: (score, toelichting)}); answering again
        while the moment is open replaces the earlier answers."""
        with transaction.atomic():
            # A double submit (two tabs, a double click) must leave one response, not two.
            Monitormoment.objects.select_for_update().get(pk=self.pk)
            respons, _created = Respons.objects.update_or_create(
                monitormoment=self, user=user, defaults={"ingediend_op": timezone.now()}
            )
            for vraag in self.vragen.all():
                score, toelichting = antwoorden.get(vraag.pk, (None, ""))
                Antwoord.objects.update_or_create(
                    respons=respons,
                    vraag=vraag,
                    defaults={"score": score, "toelichting": toelichting},
                )
            self.cyclus.speerpunt.registreer_activiteit()
        return respons

    def zichtbaar_vanaf(self) -> int:
        """From how many answers on the summary shows results and comments."""
        return (
            Monitormoment.objects.met_drempel()
            .values_list("zichtbaar_vanaf", flat=True)
            .get(pk=self.pk)
        )

    def samenvatting(self) -> "Samenvatting":
        """The answers of everyone together; below the moment's threshold only how many
        answered, so a handful of answers cannot be tied to the few who gave them."""
        stand = Monitormoment.objects.met_drempel().values("aantal_responsen", "zichtbaar_vanaf")
        stand = stand.get(pk=self.pk)
        samenvatting = Samenvatting(
            aantal_deelnemers=len(self.deelnemer_ids()),
            aantal_responsen=stand["aantal_responsen"],
            zichtbaar_vanaf=stand["zichtbaar_vanaf"],
            vragen=[],
        )
        if not samenvatting.zichtbaar:
            return samenvatting
        vragen = list(self.vragen.all())
        per_vraag: dict[int, list[tuple[int | None, str]]] = {vraag.pk: [] for vraag in vragen}
        for vraag_id, score, toelichting in Antwoord.objects.filter(
            vraag__monitormoment=self
        ).values_list("vraag_id", "score", "toelichting"):
            per_vraag[vraag_id].append((score, toelichting))
        samenvatting.vragen = [VraagSamenvatting(vraag, per_vraag[vraag.pk]) for vraag in vragen]
        return samenvatting


class VraagSamenvatting:
    def __init__(self, vraag, antwoorden: list[tuple[int | None, str]]):
        """`antwoorden`: (score, toelichting) of every answer to `vraag`."""
        self.vraag = vraag
        telling = Counter(score for score, _toelichting in antwoorden)
        totaal = len(antwoorden) or 1
        self.verdeling = [
            {
                "score": score,
                "label": label,
                "aantal": telling.get(score, 0),
                "procent": round(100 * telling.get(score, 0) / totaal),
            }
            for score, label in [*Score.choices, (None, _("weet ik niet"))]
        ]
        # In alphabetical order, not in the order they came in: whoever knows who answered
        # when must not be able to match the comments to them.
        self.toelichtingen = sorted(
            (toelichting for _score, toelichting in antwoorden if toelichting.strip()),
            key=str.casefold,
        )
        scores = [score for score, _toelichting in antwoorden if score is not None]
        self.gemiddelde = round(sum(scores) / len(scores), 1) if scores else None


class Samenvatting:
    def __init__(self, aantal_deelnemers, aantal_responsen, zichtbaar_vanaf, vragen):
        self.aantal_deelnemers = aantal_deelnemers
        self.aantal_responsen = aantal_responsen
        self.zichtbaar_vanaf = zichtbaar_vanaf
        self.vragen = vragen

    @property
    def zichtbaar(self) -> bool:
        return self.aantal_responsen >= self.zichtbaar_vanaf

    @property
    def respons_procent(self) -> int:
        if not self.aantal_deelnemers:
            return 0
        return round(100 * self.aantal_responsen / self.aantal_deelnemers)


class Vraag(models.Model):
    monitormoment = models.ForeignKey(
        Monitormoment, on_delete=models.CASCADE, related_name="vragen", verbose_name=_("moment")
    )
    tekst = models.CharField(_("vraag"), max_length=300)
    toelichting = models.CharField(
        _("vraag bij de toelichting"),
        max_length=300,
        blank=True,
        help_text=_("Waar de toelichting naar vraagt, bijvoorbeeld: welk succes wil je delen?"),
    )
    volgorde = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    class Meta:
        verbose_name = _("vraag")
        verbose_name_plural = _("vragen")
        ordering = ["volgorde", "pk"]

    def __str__(self):
        return self.tekst


class Respons(models.Model):
    """That one person answered one monitormoment; the answers per question hang under it.

    The person is kept on the row only so that everyone answers once and can change their own
    answers while the moment is open (and so reminders skip who answered). Nothing shows or
    exports which person gave which answers: the summary waits for enough answers, and the
    school's export leaves the person out (scholen/avg.py)."""

    monitormoment = models.ForeignKey(
        Monitormoment, on_delete=models.CASCADE, related_name="responsen", verbose_name=_("moment")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="monitoring_responsen",
        verbose_name=_("persoon"),
    )
    ingediend_op = models.DateTimeField(_("ingediend op"), default=timezone.now)

    class Meta:
        verbose_name = _("respons")
        verbose_name_plural = _("responsen")
        constraints = [
            models.UniqueConstraint(
                fields=["monitormoment", "user"], name="een_respons_per_persoon"
            )
        ]

    def __str__(self):
        return f"{self.user} – {self.monitormoment}"


class Antwoord(models.Model):
    respons = models.ForeignKey(
        Respons, on_delete=models.CASCADE, related_name="antwoorden", verbose_name=_("respons")
    )
    vraag = models.ForeignKey(
        Vraag, on_delete=models.CASCADE, related_name="antwoorden", verbose_name=_("vraag")
    )
    score = models.PositiveSmallIntegerField(
        _("score"), choices=Score.choices, null=True, blank=True
    )
    toelichting = models.TextField(_("toelichting"), blank=True)

    class Meta:
        verbose_name = _("antwoord")
        verbose_name_plural = _("antwoorden")
        constraints = [
            models.UniqueConstraint(fields=["respons", "vraag"], name="een_antwoord_per_vraag"),
            models.CheckConstraint(
                condition=Q(score__isnull=True) | Q(score__gte=1, score__lte=5),
                name="antwoord_score_geldig",
            ),
        ]

    def __str__(self):
        return f"{self.vraag}: {self.score or '–'}"


def verlaat_school(user, school) -> None:
    """Whoever leaves a school is no longer asked to answer its open moments (registered in
    MonitoringConfig.ready)."""
    vandaag = timezone.localdate()
    nog_open = Monitormoment.objects.filter(
        cyclus__speerpunt__school=school, gesloten_op__isnull=True
    ).exclude(sluitdatum__lt=vandaag)
    Monitormoment.teamleden.through.objects.filter(user=user, monitormoment__in=nog_open).delete()


class MetingQuerySet(models.QuerySet):
    def voor_doel(self, doel):
        return self.filter(doel=doel).order_by("datum", "pk")


class Meting(models.Model):
    """One measurement of a goal's indicator: a number, a short observation, or both."""

    doel = models.ForeignKey(
        "verbeterplan.Doel",
        on_delete=models.CASCADE,
        related_name="metingen",
        verbose_name=_("doel"),
    )
    datum = models.DateField(_("datum"), default=timezone.localdate)
    waarde = models.DecimalField(
        _("waarde"), max_digits=10, decimal_places=2, null=True, blank=True
    )
    observatie = models.CharField(
        _("observatie"),
        max_length=500,
        blank=True,
        help_text=_("Wat je zag, kort: bijvoorbeeld “12 van de 25 leerlingen plannen zelf”."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("ingevoerd door"),
    )
    created_at = models.DateTimeField(_("ingevoerd op"), auto_now_add=True)

    objects = MetingQuerySet.as_manager()

    class Meta:
        verbose_name = _("meting")
        verbose_name_plural = _("metingen")
        ordering = ["doel", "datum", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(waarde__isnull=False) | ~Q(observatie=""),
                name="meting_heeft_waarde_of_observatie",
            )
        ]

    def __str__(self):
        return f"{self.doel}: {self.datum}"
