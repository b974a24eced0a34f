"""The verbeterplan: what a PLG writes in step 3 and adjusts in step 4.

The plan's parts live as rows (Doel, Actie, Mijlpaal, ...) that people edit in place. A frozen
version (PlanVersie) is a snapshot of those rows as one JSON document: the adopted plan, and
every revision during step 4. Goals and actions keep their identity across versions, so
measurements and reminders that point at them stay valid.
"""

import datetime
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import models, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import capfirst, slugify
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from core.concurrent_edit import fingerprint
from cyclus.models import Cyclus


class PlanFout(Exception):
    """A change the plan cannot take in its current state; the message is shown as is."""


class Conflict(Exception):
    """Someone else saved this part after the form was opened."""

    def __init__(self, token: str, tekst: str):
        super().__init__(tekst)
        self.token, self.tekst = token, tekst


class Uitrol(models.TextChoices):
    PILOT = "pilot", _("eerst een pilot")
    HEEL_TEAM = "heel_team", _("het hele team tegelijk")


class Sturing(models.TextChoices):
    GEDETAILLEERD = "gedetailleerd", _("gedetailleerde afspraken")
    HOOFDLIJNEN = "hoofdlijnen", _("afspraken op hoofdlijnen")


class Veranderstrategie(models.TextChoices):
    """The five change strategies after Boonstra, as "De schoolleider in verandering" names them."""

    MACHT = "macht", _("machtsstrategie")
    PLANMATIG = "planmatig", _("planmatige strategie")
    ONDERHANDELING = "onderhandeling", _("onderhandelingsstrategie")
    PROGRAMMATISCH = "programmatisch", _("programmatische strategie")
    INTERACTIEF = "interactief", _("interactieve strategie")


STRATEGIE_UITLEG = {
    Veranderstrategie.MACHT: _(
        "De leiding beslist en legt de verandering op; snel, maar het draagvlak volgt pas later."
    ),
    Veranderstrategie.PLANMATIG: _(
        "Een vooraf uitgewerkt plan met vaste fasen, dat stap voor stap wordt uitgevoerd."
    ),
    Veranderstrategie.ONDERHANDELING: _(
        "Belangen worden op tafel gelegd en de partijen spreken samen een compromis af."
    ),
    Veranderstrategie.PROGRAMMATISCH: _(
        "Een vast programma (bijvoorbeeld trainingen) brengt iedereen dezelfde werkwijze bij."
    ),
    Veranderstrategie.INTERACTIEF: _(
        "De betrokkenen geven de verandering samen vorm en leren onderweg van wat ze zien."
    ),
}


# How many incomplete actions the list of what is missing names one by one.
ONVOLLEDIGE_ACTIES_GENOEMD = 10


class PlanStatus(models.TextChoices):
    CONCEPT = "concept", _("concept")
    VASTGESTELD = "vastgesteld", _("vastgesteld")
    IN_BIJSTELLING = "in_bijstelling", _("in bijstelling")


class VerbeterplanQuerySet(models.QuerySet):
    def voor_school(self, school):
        return self.filter(cyclus__speerpunt__school=school)


class Verbeterplan(models.Model):
    """One plan per cycle of a speerpunt.

    The cycle's 3→4 gate reads `is_vastgesteld`: true once the team adopted a version.
    """

    cyclus = models.OneToOneField(
        Cyclus, on_delete=models.CASCADE, related_name="verbeterplan", verbose_name=_("cyclus")
    )
    uitrol = models.CharField(_("uitrol"), max_length=20, choices=Uitrol.choices, blank=True)
    sturing = models.CharField(_("afspraken"), max_length=20, choices=Sturing.choices, blank=True)
    wat_iedereen_doet = models.TextField(_("wat iedere leraar doet"), blank=True)
    ruimte = models.TextField(_("waar ruimte is voor eigen keuzes"), blank=True)
    strategie = models.CharField(
        _("veranderstrategie"), max_length=20, choices=Veranderstrategie.choices, blank=True
    )
    strategie_toelichting = models.TextField(_("waarom deze strategie"), blank=True)
    referenties = models.TextField(
        _("literatuur en deskundigen"),
        blank=True,
        help_text=_("Eén bron per regel: auteur, jaar, titel, of een deskundige die meedacht."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=PlanStatus.choices, default=PlanStatus.CONCEPT
    )
    bijstelling_reden = models.TextField(_("reden van de bijstelling"), blank=True)
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    updated_at = models.DateTimeField(_("laatst gewijzigd"), auto_now=True)

    objects = VerbeterplanQuerySet.as_manager()

    class Meta:
        verbose_name = _("verbeterplan")
        verbose_name_plural = _("verbeterplannen")
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=PlanStatus.values), name="verbeterplan_status_geldig"
            )
        ]

    def __str__(self):
        return gettext("Verbeterplan %(speerpunt)s") % {"speerpunt": self.speerpunt}

    def get_absolute_url(self) -> str:
        return reverse("verbeterplan:plan", args=[self.school.pk, self.pk])

    def get_additional_data(self) -> dict:
        """Stored with each audit entry, so a school's trail is read without its objects."""
        return {"school": self.cyclus.speerpunt.school_id}

    @property
    def speerpunt(self):
        return self.cyclus.speerpunt

    @property
    def school(self):
        return self.cyclus.speerpunt.school

    @property
    def is_vastgesteld(self) -> bool:
        """An adopting decision is recorded (the plan may since have been revised)."""
        return self.status != PlanStatus.CONCEPT

    @property
    def is_bewerkbaar(self) -> bool:
        """A concept is edited freely; an adopted plan only during a bijstelling."""
        return self.status in (PlanStatus.CONCEPT, PlanStatus.IN_BIJSTELLING)

    @classmethod
    def start(cls, cyclus: Cyclus) -> "Verbeterplan":
        """The plan of this cycle, created with the six conditions to fill in."""
        with transaction.atomic():
            plan, created = cls.objects.get_or_create(cyclus=cyclus)
            if created:
                Randvoorwaarde.objects.bulk_create(
                    Randvoorwaarde(plan=plan, soort=soort, volgorde=i)
                    for i, soort in enumerate(RandvoorwaardeSoort.values)
                )
                cyclus.speerpunt.registreer_activiteit()
        return plan

    def laatste_versie(self):
        """The newest version, without its snapshot: the label and the PDF's title page need
        only its number, reason and decision."""
        return self.versies.defer("inhoud").order_by("-nummer").first()

    def versie_label(self, laatste_versie=None) -> str:
        """ "concept", "versie 3" or "concept voor versie 4"; `laatste_versie` is
        `self.laatste_versie()`, for a caller that has it already."""
        if self.status == PlanStatus.CONCEPT:
            return gettext("concept")
        versie = laatste_versie or self.laatste_versie()
        if self.status == PlanStatus.VASTGESTELD and versie:
            return gettext("versie %(n)s") % {"n": versie.nummer}
        if self.status == PlanStatus.IN_BIJSTELLING:
            return gettext("concept voor versie %(n)s") % {"n": versie.nummer + 1}
        return gettext("concept")

    # Writing

    def bewaar(self, *, token: str, huidig, opslaan) -> None:
        """Saves one part of the plan, unless someone else changed it since `token` was read.

        `huidig(plan)` gives the part's current (token, text), or None for a new part;
        `opslaan()` writes it. Raises Conflict with the other person's text.
        """
        # Two people save the same part from forms opened on the same content: the row lock
        # makes the second one see the first one's change and be refused instead of
        # silently overwriting it.
        with transaction.atomic():
            vers = Verbeterplan.objects.select_for_update().get(pk=self.pk)
            if not vers.is_bewerkbaar:
                raise PlanFout(gettext("Het plan is vastgesteld. Start een bijstelling."))
            nu = huidig(vers)
            if nu is not None and nu[0] != token:
                raise Conflict(*nu)
            opslaan()
            Verbeterplan.objects.filter(pk=self.pk).update(updated_at=timezone.now())
            self.speerpunt.registreer_activiteit()

    def tekst_token(self, velden) -> str:
        return fingerprint([getattr(self, veld) for veld in velden])

    def tekst(self, velden) -> str:
        """Some of the plan's own fields as readable lines, for the conflict message."""
        regels = []
        for veld in velden:
            field = self._meta.get_field(veld)
            waarde = (
                getattr(self, f"get_{veld}_display")() if field.choices else getattr(self, veld)
            )
            regels.append(f"{capfirst(field.verbose_name)}: {waarde}")
        return "\n".join(regels)

    # Completeness

    def ontbreekt(self, actietelling: dict[str, int] | None = None) -> list[str]:
        """What is still missing before the plan can be put to the team, in the brief's order.
        `actietelling` is `self.acties.telling()`, for a caller that has it already."""
        missend = []
        doelen = list(self.doelen.all())
        if not doelen:
            missend.append(gettext("Er is nog geen doel."))
        for doel in doelen:
            if not doel.indicator_compleet:
                missend.append(
                    gettext("Doel “%(doel)s” heeft nog geen volledige indicator.")
                    % {"doel": doel.omschrijving}
                )
        telling = actietelling or self.acties.telling()
        if not any(telling[status] for status in ActieStatus.values):
            missend.append(gettext("Er is nog geen actie."))
        # A plan of hundreds of actions would list them all: the first few are named.
        if telling["onvolledig"]:
            onvolledig = self.acties.filter(Actie.ONVOLLEDIG).values_list("wat", flat=True)
            for wat in onvolledig[:ONVOLLEDIGE_ACTIES_GENOEMD]:
                missend.append(
                    gettext("Actie “%(actie)s” mist een eigenaar of een deadline.") % {"actie": wat}
                )
            rest = telling["onvolledig"] - ONVOLLEDIGE_ACTIES_GENOEMD
            if rest > 0:
                missend.append(
                    ngettext(
                        "Nog %(n)s andere actie mist een eigenaar of een deadline.",
                        "Nog %(n)s andere acties missen een eigenaar of een deadline.",
                        rest,
                    )
                    % {"n": rest}
                )
        if not self.mijlpalen.exists():
            missend.append(gettext("Het tijdpad heeft nog geen mijlpaal."))
        if not self.communicatiemomenten.exists():
            missend.append(gettext("Er is nog geen communicatiemoment."))
        if not self.evaluatiemomenten.exists():
            missend.append(gettext("Er is nog geen evaluatiemoment."))
        for voorwaarde in self.randvoorwaarden.all():
            if not voorwaarde.voldaan and not voorwaarde.toelichting.strip():
                missend.append(
                    gettext(
                        "Randvoorwaarde “%(soort)s” is nog niet geregeld en heeft geen toelichting."
                    )
                    % {"soort": voorwaarde.get_soort_display()}
                )
        if not self.uitrol or not self.sturing or not self.wat_iedereen_doet.strip():
            missend.append(
                gettext("De aanpak mist de uitrol, de soort afspraken of wat iedereen doet.")
            )
        if not self.strategie or not self.strategie_toelichting.strip():
            missend.append(gettext("Er is nog geen veranderstrategie met toelichting gekozen."))
        if not self.referenties.strip() and not self.bronkoppelingen():
            missend.append(gettext("De onderbouwing noemt nog geen bron."))
        return missend

    def bronkoppelingen(self) -> list:
        """The sources from the kennisbank that the PLG linked to this speerpunt."""
        return list(self.speerpunt.bronkoppelingen.select_related("bron").order_by("bron__titel"))

    # Decision and versions

    def snapshot(self) -> dict:
        """The whole plan as one JSON document, as a version stores it. Labels are always in
        the school's language, so versions saved by people with different UI languages
        compare equal."""
        with translation.override(settings.LANGUAGE_CODE):
            return self._snapshot()

    def _snapshot(self) -> dict:
        return {
            "doelen": [d.als_dict() for d in self.doelen.all()],
            "acties": [a.als_dict() for a in self.acties.select_related("owner")],
            "mijlpalen": [m.als_dict() for m in self.mijlpalen.all()],
            "communicatie": [c.als_dict() for c in self.communicatiemomenten.all()],
            "evaluatie": [e.als_dict() for e in self.evaluatiemomenten.all()],
            "randvoorwaarden": [r.als_dict() for r in self.randvoorwaarden.all()],
            "aanpak": {
                "uitrol": self.get_uitrol_display() if self.uitrol else "",
                "sturing": self.get_sturing_display() if self.sturing else "",
                "wat_iedereen_doet": self.wat_iedereen_doet,
                "ruimte": self.ruimte,
            },
            "veranderstrategie": {
                "strategie": self.get_strategie_display() if self.strategie else "",
                "toelichting": self.strategie_toelichting,
            },
            "onderbouwing": {"referenties": self.referenties},
        }

    def leg_besluit_vast(
        self, *, by, datum, besloten_door: str, aangenomen: bool, voorwaarden: str = ""
    ) -> "Besluit":
        """Records the team's decision. Adopting freezes the plan as its first version."""
        # Two schoolleiders recording at once would both create version 1; the lock makes the
        # second one find the plan already adopted.
        with transaction.atomic():
            vers = Verbeterplan.objects.select_for_update().get(pk=self.pk)
            if vers.status != PlanStatus.CONCEPT:
                raise PlanFout(gettext("Over dit plan is al besloten."))
            if aangenomen and vers.ontbreekt():
                raise PlanFout(gettext("Het plan is nog niet compleet."))
            besluit = Besluit.objects.create(
                plan=vers,
                datum=datum,
                besloten_door=besloten_door,
                aangenomen=aangenomen,
                voorwaarden=voorwaarden,
                created_by=by,
            )
            if aangenomen:
                PlanVersie.objects.create(
                    plan=vers,
                    nummer=1,
                    inhoud=vers.snapshot(),
                    besluit=besluit,
                    created_by=by,
                )
                vers.status = PlanStatus.VASTGESTELD
                vers.save(update_fields=["status", "updated_at"])
            self.status = vers.status
            self.speerpunt.registreer_activiteit()
        return besluit

    def start_bijstelling(self, *, by, reden: str) -> None:
        """Opens an adopted plan for changes; `reden` goes with the next version."""
        if not reden.strip():
            raise PlanFout(gettext("Schrijf op waarom het plan wordt bijgesteld."))
        with transaction.atomic():
            vers = Verbeterplan.objects.select_for_update().get(pk=self.pk)
            if vers.status != PlanStatus.VASTGESTELD:
                raise PlanFout(gettext("Alleen een vastgesteld plan kan worden bijgesteld."))
            vers.status = PlanStatus.IN_BIJSTELLING
            vers.bijstelling_reden = reden.strip()
            vers.save(update_fields=["status", "bijstelling_reden", "updated_at"])
            self.status, self.bijstelling_reden = vers.status, vers.bijstelling_reden

    def rond_bijstelling_af(self, *, by) -> "PlanVersie | None":
        """Freezes the changes as a new version with the reason; without changes it just
        closes the bijstelling and makes no version."""
        # Two people closing the same bijstelling would both create version n+1.
        with transaction.atomic():
            vers = Verbeterplan.objects.select_for_update().get(pk=self.pk)
            if vers.status != PlanStatus.IN_BIJSTELLING:
                raise PlanFout(gettext("Er loopt geen bijstelling."))
            vorige = vers.versies.order_by("-nummer").first()
            inhoud = vers.snapshot()
            versie = None
            if inhoud != vorige.inhoud:
                versie = PlanVersie.objects.create(
                    plan=vers,
                    nummer=vorige.nummer + 1,
                    inhoud=inhoud,
                    reden=vers.bijstelling_reden,
                    created_by=by,
                )
            vers.status = PlanStatus.VASTGESTELD
            vers.bijstelling_reden = ""
            vers.save(update_fields=["status", "bijstelling_reden", "updated_at"])
            self.status, self.bijstelling_reden = vers.status, ""
            self.speerpunt.registreer_activiteit()
        return versie


class Onderdeel(models.Model):
    """A row of one list in the plan; `als_dict` is what a version stores and compares."""

    velden: tuple[str, ...] = ()

    class Meta:
        abstract = True

    def get_additional_data(self) -> dict:
        """Stored with each audit entry, so a school's trail is read without its objects."""
        return {"school": self.plan.cyclus.speerpunt.school_id}

    def als_dict(self) -> dict:
        data = {"id": self.pk}
        for veld in self.velden:
            data[veld] = self.weergave(veld)
        return data

    def weergave(self, veld: str) -> str:
        """The value as a reader sees it: choice labels, dates as ISO, None as empty."""
        field = self._meta.get_field(veld)
        waarde = getattr(self, veld)
        if field.choices and waarde not in (None, ""):
            return str(getattr(self, f"get_{veld}_display")())
        if waarde is None:
            return ""
        if isinstance(waarde, bool):
            return gettext("ja") if waarde else gettext("nee")
        if isinstance(waarde, Decimal):
            return f"{waarde.normalize():f}".replace(".", ",")
        if isinstance(waarde, datetime.date):
            return waarde.strftime("%d-%m-%Y")
        return str(waarde)

    def token(self) -> str:
        return fingerprint(self.als_dict())

    def als_tekst(self) -> str:
        """The row as readable lines, for the conflict message."""
        return "\n".join(
            f"{capfirst(self._meta.get_field(veld).verbose_name)}: {waarde}"
            for veld, waarde in self.als_dict().items()
            if veld != "id"
        )


class IndicatorSoort(models.TextChoices):
    GETAL = "getal", _("een getal (nulmeting en streefwaarde)")
    OBSERVATIE = "observatie", _("iets wat je ziet gebeuren")


class Doel(Onderdeel):
    """A goal of the plan, with how the team will see that it is reached.

    Monitoring records measurements against a Doel. Its indicator is either a number
    (`indicator_soort` "getal": `nulmeting` is the baseline, `streefwaarde` the target, both in
    `eenheid`, e.g. "%" or "leerlingen") or an observation (`indicator_soort` "observatie":
    `indicator` describes what you would see, e.g. "leerlingen plannen hun huiswerk in hun
    agenda"). `indicator` may also describe how a number is measured.
    """

    plan = models.ForeignKey(
        Verbeterplan, on_delete=models.CASCADE, related_name="doelen", verbose_name=_("plan")
    )
    omschrijving = models.CharField(_("doel"), max_length=300)
    indicator_soort = models.CharField(
        _("hoe zie je dat het bereikt is"),
        max_length=20,
        choices=IndicatorSoort.choices,
        default=IndicatorSoort.OBSERVATIE,
    )
    indicator = models.TextField(_("indicator"), blank=True)
    nulmeting = models.DecimalField(
        _("nulmeting"), max_digits=10, decimal_places=2, null=True, blank=True
    )
    streefwaarde = models.DecimalField(
        _("streefwaarde"), max_digits=10, decimal_places=2, null=True, blank=True
    )
    eenheid = models.CharField(_("eenheid"), max_length=40, blank=True)
    volgorde = models.PositiveIntegerField(_("volgorde"), default=0)

    velden = (
        "omschrijving",
        "indicator_soort",
        "indicator",
        "nulmeting",
        "streefwaarde",
        "eenheid",
    )

    class Meta:
        verbose_name = _("doel")
        verbose_name_plural = _("doelen")
        ordering = ["plan", "volgorde", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(indicator_soort__in=IndicatorSoort.values),
                name="doel_indicator_soort_geldig",
            )
        ]

    def __str__(self):
        return self.omschrijving

    @property
    def indicator_compleet(self) -> bool:
        if self.indicator_soort == IndicatorSoort.GETAL:
            return self.nulmeting is not None and self.streefwaarde is not None
        return bool(self.indicator.strip())

    def clean(self):
        if self.indicator_soort == IndicatorSoort.OBSERVATIE and (
            self.nulmeting is not None or self.streefwaarde is not None
        ):
            raise ValidationError(
                {
                    "indicator_soort": _(
                        "Kies “een getal” als je een nulmeting en streefwaarde geeft."
                    )
                }
            )


class ActieStatus(models.TextChoices):
    OPEN = "open", _("nog niet begonnen")
    BEZIG = "bezig", _("bezig")
    KLAAR = "klaar", _("klaar")


class ActieQuerySet(models.QuerySet):
    def open(self):
        return self.exclude(status=ActieStatus.KLAAR)

    def telling(self) -> dict[str, int]:
        """How many actions there are of every status (zero included), and how many miss an
        owner or a deadline ("onvolledig"), in one query."""
        return self.aggregate(
            **{
                status: models.Count("pk", filter=Q(status=status)) for status in ActieStatus.values
            },
            onvolledig=models.Count("pk", filter=Actie.ONVOLLEDIG),
        )

    def overdue(self, vandaag):
        return self.open().filter(deadline__lt=vandaag)


class Actie(Onderdeel):
    """Who does what, and when.

    `owner` is a colleague (nullable); `owner_text` is a free-text owner for someone
    without an account (e.g. "de mediatheek"). `deadline` is a date; `status` is "open",
    "bezig" or "klaar" (ActieStatus.KLAAR means done). `Actie.objects.overdue(today)`
    finds the actions that reminders are about.
    """

    plan = models.ForeignKey(
        Verbeterplan, on_delete=models.CASCADE, related_name="acties", verbose_name=_("plan")
    )
    wat = models.CharField(_("wat"), max_length=300)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="plan_acties",
        verbose_name=_("wie (collega)"),
    )
    owner_text = models.CharField(
        _("wie (anders)"),
        max_length=120,
        blank=True,
        help_text=_("Voor iemand zonder account, of een groep zoals “sectie Nederlands”."),
    )
    start = models.DateField(_("start"), null=True, blank=True)
    deadline = models.DateField(_("deadline"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=ActieStatus.choices, default=ActieStatus.OPEN
    )

    velden = ("wat", "owner", "owner_text", "start", "deadline", "status")

    # Without an owner (a colleague or a name typed in) or without a deadline: `has_owner`
    # and `deadline` as one condition the database answers.
    ONVOLLEDIG = Q(deadline=None) | Q(owner=None, owner_text__regex=r"^\s*$")

    objects = ActieQuerySet.as_manager()

    class Meta:
        verbose_name = _("actie")
        verbose_name_plural = _("acties")
        ordering = ["plan", "deadline", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=ActieStatus.values), name="actie_status_geldig"
            )
        ]

    def __str__(self):
        return self.wat

    @property
    def has_owner(self) -> bool:
        return self.owner_id is not None or bool(self.owner_text.strip())

    @property
    def wie(self) -> str:
        namen = [self.owner.naam if self.owner else "", self.owner_text]
        return ", ".join(naam for naam in namen if naam)

    def weergave(self, veld: str) -> str:
        if veld == "owner":
            return self.owner.naam if self.owner else ""
        return super().weergave(veld)

    def clean(self):
        if self.start and self.deadline and self.deadline < self.start:
            raise ValidationError({"deadline": _("De deadline ligt voor de start.")})


class Mijlpaal(Onderdeel):
    plan = models.ForeignKey(
        Verbeterplan, on_delete=models.CASCADE, related_name="mijlpalen", verbose_name=_("plan")
    )
    datum = models.DateField(_("datum"))
    omschrijving = models.CharField(_("mijlpaal"), max_length=300)

    velden = ("datum", "omschrijving")

    class Meta:
        verbose_name = _("mijlpaal")
        verbose_name_plural = _("mijlpalen")
        ordering = ["plan", "datum", "pk"]

    def __str__(self):
        return self.omschrijving


class Communicatiemoment(Onderdeel):
    """How and when the rest of the team hears about the plan and can react."""

    plan = models.ForeignKey(
        Verbeterplan,
        on_delete=models.CASCADE,
        related_name="communicatiemomenten",
        verbose_name=_("plan"),
    )
    datum = models.DateField(_("wanneer"))
    vorm = models.CharField(
        _("hoe"), max_length=120, help_text=_("Bijvoorbeeld teamvergadering of nieuwsbrief.")
    )
    omschrijving = models.CharField(_("wat en met wie"), max_length=300)

    velden = ("datum", "vorm", "omschrijving")

    class Meta:
        verbose_name = _("communicatiemoment")
        verbose_name_plural = _("communicatiemomenten")
        ordering = ["plan", "datum", "pk"]

    def __str__(self):
        return self.omschrijving


class Evaluatiemoment(Onderdeel):
    plan = models.ForeignKey(
        Verbeterplan,
        on_delete=models.CASCADE,
        related_name="evaluatiemomenten",
        verbose_name=_("plan"),
    )
    datum = models.DateField(_("wanneer"))
    omschrijving = models.CharField(
        _("hoe"),
        max_length=300,
        help_text=_("Bijvoorbeeld: gesprekken met leerlingen na drie maanden."),
    )

    velden = ("datum", "omschrijving")

    class Meta:
        verbose_name = _("evaluatiemoment")
        verbose_name_plural = _("evaluatiemomenten")
        ordering = ["plan", "datum", "pk"]

    def __str__(self):
        return self.omschrijving


class RandvoorwaardeSoort(models.TextChoices):
    TIJD = "tijd", _("tijd in het rooster")
    BUDGET = "budget", _("budget")
    FACILITEITEN = "faciliteiten", _("faciliteiten")
    PROFESSIONALISERING = "professionalisering", _("professionalisering en coaching")
    MATERIALEN = "materialen", _("materialen")
    VERANTWOORDELIJKHEDEN = "verantwoordelijkheden", _("verantwoordelijkheden")


class Randvoorwaarde(Onderdeel):
    """One of the six conditions; every plan has each of them once."""

    plan = models.ForeignKey(
        Verbeterplan,
        on_delete=models.CASCADE,
        related_name="randvoorwaarden",
        verbose_name=_("plan"),
    )
    soort = models.CharField(
        _("randvoorwaarde"), max_length=30, choices=RandvoorwaardeSoort.choices
    )
    voldaan = models.BooleanField(_("geregeld"), default=False)
    toelichting = models.TextField(_("toelichting"), blank=True)
    volgorde = models.PositiveSmallIntegerField(default=0)

    velden = ("soort", "voldaan", "toelichting")

    class Meta:
        verbose_name = _("randvoorwaarde")
        verbose_name_plural = _("randvoorwaarden")
        ordering = ["plan", "volgorde"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "soort"], name="randvoorwaarde_uniek"),
            models.CheckConstraint(
                condition=Q(soort__in=RandvoorwaardeSoort.values),
                name="randvoorwaarde_soort_geldig",
            ),
        ]

    def __str__(self):
        return self.get_soort_display()


class Besluit(models.Model):
    """The team's decision about the plan: who decided, when, the outcome and any conditions."""

    plan = models.ForeignKey(
        Verbeterplan, on_delete=models.CASCADE, related_name="besluiten", verbose_name=_("plan")
    )
    datum = models.DateField(_("datum van het besluit"))
    besloten_door = models.CharField(
        _("wie besloot"),
        max_length=200,
        help_text=_("Bijvoorbeeld: teamvergadering onderbouw, of de schoolleiding na overleg."),
    )
    aangenomen = models.BooleanField(_("aangenomen"))
    voorwaarden = models.TextField(_("voorwaarden bij het besluit"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("vastgelegd door"),
    )
    created_at = models.DateTimeField(_("vastgelegd op"), auto_now_add=True)

    class Meta:
        verbose_name = _("besluit")
        verbose_name_plural = _("besluiten")
        ordering = ["plan", "-datum", "-pk"]

    def __str__(self):
        uitkomst = gettext("aangenomen") if self.aangenomen else gettext("niet aangenomen")
        return f"{self.datum:%d-%m-%Y}: {uitkomst}"

    def get_additional_data(self) -> dict:
        """Stored with each audit entry, so a school's trail is read without its objects."""
        return {"school": self.plan.cyclus.speerpunt.school_id}


class PlanVersie(models.Model):
    """A frozen plan: version 1 is what the team adopted, later ones are bijstellingen."""

    plan = models.ForeignKey(
        Verbeterplan, on_delete=models.CASCADE, related_name="versies", verbose_name=_("plan")
    )
    nummer = models.PositiveSmallIntegerField(_("versie"))
    inhoud = models.JSONField(_("inhoud"))
    reden = models.TextField(_("reden"), blank=True)
    besluit = models.OneToOneField(
        Besluit,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="versie",
        verbose_name=_("besluit"),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("gemaakt door"),
    )
    created_at = models.DateTimeField(_("vastgelegd op"), default=timezone.now)

    class Meta:
        verbose_name = _("versie")
        verbose_name_plural = _("versies")
        ordering = ["plan", "nummer"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "nummer"], name="planversie_nummer_uniek")
        ]

    def __str__(self):
        return gettext("versie %(n)s") % {"n": self.nummer}


class ExportSoort(models.TextChoices):
    VOLLEDIG = "volledig", _("het volledige plan")
    SAMENVATTING = "samenvatting", _("het plan op één A4")


class ExportStatus(models.TextChoices):
    # The broker could not take the render: a beat job hands it over once it is back.
    WACHTRIJ = "wachtrij", _("in de wachtrij")
    WACHTEND = "wachtend", _("wachtend")
    BEZIG = "bezig", _("bezig")
    KLAAR = "klaar", _("klaar")
    MISLUKT = "mislukt", _("mislukt")


# Longer than a render with all its retries and pauses can take (see tasks.render_plan_pdf).
VERLOREN_NA = datetime.timedelta(minutes=10)
# The hard time limit of one render, in seconds: the worker stops it there for sure.
RENDER_TIJDSLIMIET = 90
# A render still "bezig" this long after it started lost its worker (killed, machine gone).
RENDER_DEADLINE = datetime.timedelta(seconds=RENDER_TIJDSLIMIET + 30)
ONDERBROKEN = "De verwerking is onderbroken."


class PdfExportQuerySet(models.QuerySet):
    def onderbroken(self):
        return self.filter(status=ExportStatus.BEZIG, deadline__lt=timezone.now())

    def markeer_onderbroken(self) -> int:
        """Marks every render that lost its worker as failed, so nobody waits for it."""
        return self.onderbroken().update(status=ExportStatus.MISLUKT, fout=ONDERBROKEN)


class PdfExport(models.Model):
    """A rendered PDF of one state of the plan. `sleutel` fingerprints the plan's content and
    the template version, so the same plan is never rendered twice."""

    plan = models.ForeignKey(
        Verbeterplan, on_delete=models.CASCADE, related_name="exports", verbose_name=_("plan")
    )
    soort = models.CharField(_("soort"), max_length=20, choices=ExportSoort.choices)
    sleutel = models.CharField(max_length=64)
    document = models.JSONField(default=dict)
    versie_label = models.CharField(_("versie"), max_length=60)
    status = models.CharField(
        _("status"), max_length=20, choices=ExportStatus.choices, default=ExportStatus.WACHTEND
    )
    bestand = models.FileField(_("bestand"), upload_to="plannen/", blank=True)
    fout = models.TextField(blank=True)
    pogingen = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(_("aangevraagd op"), default=timezone.now)
    gestart_op = models.DateTimeField(_("gestart op"), null=True, blank=True)
    deadline = models.DateTimeField(_("uiterlijk klaar op"), null=True, blank=True)
    klaar_op = models.DateTimeField(null=True, blank=True)

    objects = PdfExportQuerySet.as_manager()

    class Meta:
        verbose_name = _("pdf")
        verbose_name_plural = _("pdf's")
        constraints = [
            models.UniqueConstraint(fields=["plan", "soort", "sleutel"], name="pdf_uniek"),
            models.CheckConstraint(
                condition=Q(status__in=ExportStatus.values), name="pdf_status_geldig"
            ),
        ]

    def __str__(self):
        return f"{self.plan} ({self.get_soort_display()}, {self.versie_label})"

    @property
    def is_onderbroken(self) -> bool:
        """The render died with its worker: past its deadline, or marked so by the beat job."""
        if self.status == ExportStatus.BEZIG:
            return self.deadline is not None and self.deadline < timezone.now()
        return self.status == ExportStatus.MISLUKT and self.fout == ONDERBROKEN

    @property
    def is_bezig(self) -> bool:
        wacht = (ExportStatus.WACHTRIJ, ExportStatus.WACHTEND, ExportStatus.BEZIG)
        return self.status in wacht and not self.is_onderbroken

    @classmethod
    def vraag_aan(
        cls, plan: Verbeterplan, soort: str, document: dict, sleutel: str
    ) -> tuple["PdfExport", bool]:
        """The PDF of this `document` (the plan as it is now, with its fingerprint `sleutel`);
        `nieuw` says whether it must still be rendered. A state that was rendered (or is being
        rendered) is reused; a failed one is retried. verbeterplan.pdf.vraag_aan builds both."""
        # Two clicks at once would both render: the unique key lets only one row exist, and
        # the lock makes a retry of a failed render happen once.
        with transaction.atomic():
            export, nieuw = cls.objects.get_or_create(
                plan=plan,
                soort=soort,
                sleutel=sleutel,
                defaults={"document": document, "versie_label": document["meta"]["versie"]},
            )
            export = cls.objects.select_for_update().get(pk=export.pk)
            # A render that died, or one still waiting long after every retry would have
            # ended, was lost with its worker: ask for it again, like a failed one.
            verloren = (
                export.status == ExportStatus.WACHTEND
                and export.created_at < timezone.now() - VERLOREN_NA
            )
            if export.status == ExportStatus.MISLUKT or export.is_onderbroken or verloren:
                export.status, export.fout = ExportStatus.WACHTEND, ""
                export.created_at = timezone.now()
                export.save(update_fields=["status", "fout", "created_at"])
                nieuw = True
            # Still queued because the broker was down: try to hand it over again.
            nieuw = nieuw or export.status == ExportStatus.WACHTRIJ
        return export, nieuw

    def bewaar(self, inhoud: bytes) -> None:
        """Stores the rendered PDF; the worker calls this after it claimed the render."""
        self.bestand.save(self.bestandsnaam(), ContentFile(inhoud), save=False)
        self.status, self.klaar_op, self.fout = ExportStatus.KLAAR, timezone.now(), ""
        self.save(update_fields=["bestand", "status", "klaar_op", "fout"])

    def neem_aan(self) -> bool:
        """Claims the render in one UPDATE, so two workers cannot both take it; a render that
        is running and not past its deadline is left alone. A task delivered twice (a worker
        that died hands its task back) finds the row done or taken and gets False."""
        nu = timezone.now()
        vrij = Q(
            status__in=[ExportStatus.WACHTRIJ, ExportStatus.WACHTEND, ExportStatus.MISLUKT]
        ) | Q(status=ExportStatus.BEZIG, deadline__lt=nu)
        genomen = (
            PdfExport.objects.filter(vrij, pk=self.pk).update(
                status=ExportStatus.BEZIG,
                gestart_op=nu,
                deadline=nu + RENDER_DEADLINE,
                pogingen=models.F("pogingen") + 1,
            )
            == 1
        )
        if genomen:
            self.refresh_from_db(fields=["status", "gestart_op", "deadline", "pogingen"])
        return genomen

    def geef_vrij(self) -> None:
        """Hands an unfinished render back, so the task's retry may take it again."""
        PdfExport.objects.filter(pk=self.pk, status=ExportStatus.BEZIG).update(
            status=ExportStatus.WACHTEND
        )

    def markeer_mislukt(self, fout: str) -> None:
        self.status, self.fout = ExportStatus.MISLUKT, fout[:2000]
        self.save(update_fields=["status", "fout"])

    def bestandsnaam(self) -> str:
        return f"{slugify(self.plan.speerpunt.titel)}-{self.soort}-{slugify(self.versie_label)}.pdf"
