import datetime
import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from scholen.models import School


class Soort(models.TextChoices):
    """What a reminder or notification is about; e-mail can be switched off per kind."""

    MONITORING_OPEN = "monitoring_open", _("een monitormoment staat open")
    MONITORING_SLUIT = "monitoring_sluit", _("een monitormoment sluit bijna")
    ACTIE_TE_LAAT = "actie_te_laat", _("een actie is over de deadline")
    BIJEENKOMST = "bijeenkomst", _("een PLG-bijeenkomst is morgen")
    BORGING_EVALUATIE = "borging_evaluatie", _("een evaluatie in de borging komt eraan")
    DIGEST = "digest", _("overzicht voor de schoolleider")


class DigestRitme(models.TextChoices):
    WEKELIJKS = "wekelijks", _("elke week")
    TWEEWEKELIJKS = "tweewekelijks", _("om de week")
    MAANDELIJKS = "maandelijks", _("elke maand")
    NOOIT = "nooit", _("nooit")


class Voorkeuren(models.Model):
    """How a person wants to be reminded, and the secret of their calendar feed."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="meldingvoorkeuren",
        verbose_name=_("persoon"),
    )
    email_uit = models.JSONField(_("geen e-mail over"), default=list, blank=True)
    digest_ritme = models.CharField(
        _("overzicht per e-mail"),
        max_length=20,
        choices=DigestRitme.choices,
        default=DigestRitme.WEKELIJKS,
    )
    ical_token = models.CharField(max_length=64, unique=True, null=True, blank=True)

    class Meta:
        verbose_name = _("meldingvoorkeuren")
        verbose_name_plural = _("meldingvoorkeuren")
        constraints = [
            models.CheckConstraint(
                condition=Q(digest_ritme__in=DigestRitme.values), name="digest_ritme_geldig"
            )
        ]

    def __str__(self):
        return str(self.user)

    @classmethod
    def van(cls, user) -> "Voorkeuren":
        voorkeuren, _created = cls.objects.get_or_create(user=user)
        return voorkeuren

    @classmethod
    def bekijk(cls, user) -> "Voorkeuren":
        """The person's preferences for reading: the defaults, unsaved, until they save."""
        return cls.objects.filter(user=user).first() or cls(user=user)

    def wil_email(self, soort: str) -> bool:
        return soort not in self.email_uit

    def vernieuw_ical_token(self) -> str:
        """Gives the calendar feed a new secret address; the old address stops working."""
        self.ical_token = secrets.token_urlsafe(32)
        self.save(update_fields=["ical_token"])
        return self.ical_token

    def trek_ical_token_in(self) -> None:
        self.ical_token = None
        self.save(update_fields=["ical_token"])


class MeldingQuerySet(models.QuerySet):
    def ongelezen(self):
        return self.filter(gelezen_op__isnull=True)

    def voor(self, user):
        """This person's notifications about schools they may still see."""
        return self.filter(user=user).filter(
            Q(school__isnull=True) | Q(school__in=School.objects.voor_gebruiker(user))
        )


class Melding(models.Model):
    """A notification in the app, in the person's own list."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="meldingen",
        verbose_name=_("persoon"),
    )
    school = models.ForeignKey(
        School,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("school"),
    )
    soort = models.CharField(_("soort"), max_length=30, choices=Soort.choices)
    titel = models.CharField(_("titel"), max_length=200)
    tekst = models.TextField(_("tekst"), blank=True)
    url = models.CharField(_("link"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("aangemaakt op"), default=timezone.now)
    gelezen_op = models.DateTimeField(_("gelezen op"), null=True, blank=True)

    objects = MeldingQuerySet.as_manager()

    class Meta:
        verbose_name = _("melding")
        verbose_name_plural = _("meldingen")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(
                fields=["user"], condition=Q(gelezen_op__isnull=True), name="melding_ongelezen"
            )
        ]

    def __str__(self):
        return self.titel


class Verzendstatus(models.TextChoices):
    """How sending a reminder went; a row that was never tried, or went out at once, has none."""

    OPNIEUW = "opnieuw", _("mislukt, wordt opnieuw geprobeerd")
    OPGEGEVEN = "opgegeven", _("mislukt, niet meer geprobeerd")


class HerinneringQuerySet(models.QuerySet):
    def te_versturen(self):
        return self.filter(verstuurd_op__isnull=True, vervallen=False)

    def aan_de_beurt(self):
        """What a send run takes now: unsent and still needed, not given up, not waiting for a
        later attempt after a failure, and not claimed by a run that is sending it (a claim
        older than VERZENDTIJD is one of a run that died)."""
        now = timezone.now()
        return (
            self.te_versturen()
            .exclude(status=Verzendstatus.OPGEGEVEN)
            .filter(Q(volgende_poging__isnull=True) | Q(volgende_poging__lte=now))
            .filter(
                Q(in_verzending_sinds__isnull=True)
                | Q(in_verzending_sinds__lte=now - Herinnering.VERZENDTIJD)
            )
        )

    def zet_in_verzending(self) -> int:
        """Marks these rows as being sent by this run, so no other run takes them."""
        return self.update(in_verzending_sinds=timezone.now())

    def geef_vrij(self) -> int:
        """Hands the unsent rows among these back to the next run at once."""
        return self.filter(verstuurd_op__isnull=True).update(in_verzending_sinds=None)

    def mislukt(self):
        return self.filter(verstuurd_op__isnull=True).exclude(status="")

    def nu_opnieuw(self) -> int:
        """Makes the failed rows among these due at once; one given up gets one more try."""
        return self.mislukt().update(status=Verzendstatus.OPNIEUW, volgende_poging=timezone.now())


class Herinnering(models.Model):
    """A reminder, recorded under its unique key before anything is sent: what it is about
    (its source, that source's object and the kind), for whom, and for which date. Recording
    twice is a no-op, and a row without `verstuurd_op` is still to be sent, so a killed run
    loses nothing."""

    bron = models.CharField(
        _("bron"),
        max_length=30,
        help_text=_("Waar de herinnering vandaan komt (de naam van een bron in bronnen.py)."),
    )
    object_id = models.PositiveBigIntegerField(_("over (id)"))
    soort = models.CharField(_("soort"), max_length=30, choices=Soort.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="herinneringen",
        verbose_name=_("persoon"),
    )
    school = models.ForeignKey(
        School,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("school"),
        help_text=_("De school waar het over gaat; wie daar niet meer werkt, krijgt niets."),
    )
    datum = models.DateField(_("voor datum"))
    titel = models.CharField(_("titel"), max_length=200)
    tekst = models.TextField(_("tekst"), blank=True)
    url = models.CharField(_("link"), max_length=500, blank=True)
    per_email = models.BooleanField(_("per e-mail"), default=True)
    created_at = models.DateTimeField(_("vastgelegd op"), default=timezone.now)
    verstuurd_op = models.DateTimeField(_("verstuurd op"), null=True, blank=True)
    vervallen = models.BooleanField(
        _("vervallen"),
        default=False,
        help_text=_("Niet verstuurd: de persoon had al gedaan waar het om ging."),
    )
    status = models.CharField(
        _("verzendstatus"), max_length=20, choices=Verzendstatus.choices, blank=True
    )
    pogingen = models.PositiveSmallIntegerField(_("mislukte pogingen"), default=0)
    laatste_fout = models.CharField(_("laatste fout"), max_length=500, blank=True)
    volgende_poging = models.DateTimeField(_("volgende poging"), null=True, blank=True)
    melding_nog_maken = models.BooleanField(
        _("melding nog te maken"),
        default=False,
        # Also in the database, so a worker still on the code before this field can record
        # rows while a deploy runs.
        db_default=False,
        help_text=_("Verstuurd; de melding in de lijst van de persoon volgt zo."),
    )
    in_verzending_sinds = models.DateTimeField(
        _("in verzending sinds"),
        null=True,
        blank=True,
        help_text=_("Een verzendronde heeft de herinnering opgepakt en verstuurt haar nu."),
    )

    # A row that fails is tried again after 30 minutes, then 1, 2 and 4 hours; the fifth
    # failure gives it up, about seven and a half hours after the first.
    MAX_POGINGEN = 5
    EERSTE_PAUZE = datetime.timedelta(minutes=30)
    # How long a run's claim on a row keeps other runs off it. A run stops sending a chunk
    # well before (verzenden.py), so only the claim of a run that died ever expires.
    VERZENDTIJD = datetime.timedelta(minutes=10)

    objects = HerinneringQuerySet.as_manager()

    class Meta:
        verbose_name = _("herinnering")
        verbose_name_plural = _("herinneringen")
        constraints = [
            models.UniqueConstraint(
                fields=["bron", "object_id", "soort", "user", "datum"],
                name="herinnering_eenmalig",
            )
        ]
        indexes = [
            models.Index(
                fields=["id"],
                condition=Q(verstuurd_op__isnull=True),
                name="herinnering_te_versturen",
            ),
            models.Index(
                fields=["id"],
                condition=Q(melding_nog_maken=True),
                name="herinnering_zonder_melding",
            ),
        ]

    def __str__(self):
        return f"{self.get_soort_display()} – {self.user} – {self.datum}"

    def poging_mislukt(self, reden: str) -> None:
        """Records a failed send: the reason, and when to try again (ever later), or that it is
        given up. The caller holds the row's claim, so two workers cannot both count it."""
        self.pogingen += 1
        self.laatste_fout = reden[:500]
        self.in_verzending_sinds = None
        if self.pogingen >= self.MAX_POGINGEN:
            self.status = Verzendstatus.OPGEGEVEN
            self.volgende_poging = None
        else:
            self.status = Verzendstatus.OPNIEUW
            self.volgende_poging = timezone.now() + self.EERSTE_PAUZE * 2 ** (self.pogingen - 1)
        self.save(
            update_fields=[
                "pogingen",
                "laatste_fout",
                "status",
                "volgende_poging",
                "in_verzending_sinds",
            ]
        )

    def verstuurd(self) -> None:
        """Marks the row sent, with its notification still to be written
        (verzenden.zet_in_lijst); a failure before it stays readable in `laatste_fout`."""
        self.verstuurd_op = timezone.now()
        self.status = ""
        self.volgende_poging = None
        self.in_verzending_sinds = None
        self.melding_nog_maken = True
        self.save(
            update_fields=[
                "verstuurd_op",
                "status",
                "volgende_poging",
                "in_verzending_sinds",
                "melding_nog_maken",
            ]
        )


def verlaat_school(user, school) -> None:
    """Whoever leaves a school gets nothing more from it: their unsent reminders lapse and their
    notifications about it go (registered in MeldingenConfig.ready)."""
    Herinnering.objects.te_versturen().filter(user=user, school=school).update(vervallen=True)
    Herinnering.objects.filter(user=user, school=school, melding_nog_maken=True).update(
        melding_nog_maken=False
    )
    Melding.objects.filter(user=user, school=school).delete()
