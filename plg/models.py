import functools
import operator

from django.conf import settings
from django.db import models, transaction
from django.db.models import OuterRef, Q, Subquery
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cyclus.models import Speerpunt
from scholen.models import Lidmaatschap, lid_van_school


class PLGQuerySet(models.QuerySet):
    def voor_school(self, school):
        return self.filter(speerpunt__school=school)

    def met_lid(self, user):
        return self.filter(leden__user=user)


class PLG(models.Model):
    """A professional learning community that works on one speerpunt, led by a kartrekker."""

    speerpunt = models.OneToOneField(
        Speerpunt, on_delete=models.CASCADE, related_name="plg", verbose_name=_("speerpunt")
    )
    naam = models.CharField(_("naam"), max_length=200)
    ritme = models.CharField(
        _("ritme van de bijeenkomsten"),
        max_length=200,
        blank=True,
        help_text=_("Bijvoorbeeld: om de drie weken op dinsdag na het laatste uur."),
    )
    kennisvraag = models.TextField(
        _("kennisvraag"),
        blank=True,
        help_text=_("De vraag die de PLG met literatuur, experts en eigen onderzoek beantwoordt."),
    )
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)

    objects = PLGQuerySet.as_manager()

    class Meta:
        verbose_name = _("PLG")
        verbose_name_plural = _("PLG's")
        ordering = ["naam"]

    def __str__(self):
        return self.naam

    @property
    def school(self):
        return self.speerpunt.school

    def registreer_activiteit(self) -> None:
        """Tells the speerpunt that work happened, so its dashboard does not call it stalled."""
        self.speerpunt.registreer_activiteit()

    def vertel(self, soort: str, onderwerp) -> "Activiteit":
        """Adds the line about `onderwerp`, a row the PLG just wrote, to its activity feed."""
        activiteit = Activiteit.over(soort, onderwerp, plg=self)
        activiteit.save()
        return activiteit

    @transaction.atomic
    def benoem_kartrekker(self, user) -> None:
        """Makes `user` the kartrekker; the previous kartrekker stays on as an ordinary member."""
        # Two schoolleiders naming different kartrekkers at once would both pass the
        # one-kartrekker check and one would fail on the constraint; the lock serialises them.
        PLG.objects.select_for_update().get(pk=self.pk)
        self.leden.kartrekkers().exclude(user=user).update(rol=PLGRol.LID)
        lid, nieuw = PLGLid.objects.update_or_create(
            plg=self, user=user, defaults={"rol": PLGRol.KARTREKKER}
        )
        if nieuw:
            self.vertel(ActiviteitSoort.LID, lid)

    def vertegenwoordiging(self):
        """The members, each with their `lidmaatschap` (function and teams) at the school, and
        the teams the speerpunt is for (every team of the school when it names none) that no
        member belongs to."""
        leden = list(self.leden.select_related("user").order_by("rol", "user__naam"))
        lidmaatschappen = {
            lm.user_id: lm
            for lm in Lidmaatschap.objects.filter(
                school=self.school, user__in=[lid.user_id for lid in leden]
            ).prefetch_related("teams")
        }
        vertegenwoordigd = set()
        for lid in leden:
            lid.lidmaatschap = lidmaatschappen.get(lid.user_id)
            if lid.lidmaatschap:
                vertegenwoordigd |= {team.pk for team in lid.lidmaatschap.teams.all()}
        betrokken = list(self.speerpunt.teams.all()) or list(self.school.teams.all())
        return leden, [team for team in betrokken if team.pk not in vertegenwoordigd]

    def volgende_bijeenkomst(self, now=None):
        return self.bijeenkomsten.komend(now or timezone.now()).first()

    # Everything a member writes goes through one of these methods, so the speerpunt always
    # hears about it (its dashboard shows stalled speerpunten).

    @transaction.atomic
    def voeg_lid_toe(self, user, vertegenwoordigt: str = "") -> "PLGLid":
        lid = PLGLid.objects.create(plg=self, user=user, vertegenwoordigt=vertegenwoordigt)
        self.vertel(ActiviteitSoort.LID, lid)
        self.registreer_activiteit()
        return lid

    @transaction.atomic
    def plan_bijeenkomst(self, *, by, start, plaats: str = "") -> "Bijeenkomst":
        bijeenkomst = self.bijeenkomsten.create(start=start, plaats=plaats, created_by=by)
        self.vertel(ActiviteitSoort.BIJEENKOMST, bijeenkomst)
        self.registreer_activiteit()
        return bijeenkomst

    @transaction.atomic
    def zet_actie_uit(self, *, by, wat, owner, deadline, bijeenkomst=None) -> "Actiepunt":
        actie = self.actiepunten.create(
            wat=wat,
            owner=owner,
            deadline=deadline,
            bijeenkomst=bijeenkomst,
            created_by=by,
        )
        self.vertel(ActiviteitSoort.ACTIE, actie)
        self.registreer_activiteit()
        return actie

    @transaction.atomic
    def voeg_bevinding_toe(self, *, by, **velden) -> "Bevinding":
        bevinding = self.bevindingen.create(created_by=by, **velden)
        self.vertel(ActiviteitSoort.BEVINDING, bevinding)
        self.registreer_activiteit()
        return bevinding

    @transaction.atomic
    def werk_analyse_bij(self, *, by, antwoorden: dict[str, str], kennisvraag: str) -> None:
        """Saves the answers that changed; unchanged answers keep their author and date. The
        feed tells of each answer once, at its last change."""
        bestaand = {a.vraag: a for a in self.analyse.all()}
        for vraag, tekst in antwoorden.items():
            antwoord = bestaand.get(vraag)
            if antwoord is None and tekst:
                antwoord = self.analyse.create(vraag=vraag, tekst=tekst, updated_by=by)
            elif antwoord is not None and antwoord.tekst != tekst:
                antwoord.tekst = tekst
                antwoord.updated_by = by
                antwoord.save()
                self.activiteiten.filter(analyseantwoord=antwoord).delete()
            else:
                continue
            self.vertel(ActiviteitSoort.ANALYSE, antwoord)
        if kennisvraag != self.kennisvraag:
            self.kennisvraag = kennisvraag
            self.save(update_fields=["kennisvraag"])
        self.registreer_activiteit()

    @transaction.atomic
    def publiceer(self, *, by, titel, tekst) -> "Tussenstand":
        tussenstand = self.tussenstanden.create(created_by=by, titel=titel, tekst=tekst)
        self.vertel(ActiviteitSoort.TUSSENSTAND, tussenstand)
        self.registreer_activiteit()
        return tussenstand


class PLGLidQuerySet(models.QuerySet):
    """The one query for PLG roles: who is in the PLG of a speerpunt, and who leads it.
    Every role rule that depends on the PLG (plan, monitoring, the cycle's moves) asks here."""

    def van_medewerkers(self):
        """PLG memberships of people who still work at the PLG's school."""
        return self.filter(lid_van_school("plg__speerpunt__school", models.F("user")))

    def van_speerpunt(self, speerpunt):
        """`speerpunt` is a Speerpunt, its id, an OuterRef to one, or a collection of ids."""
        if isinstance(speerpunt, set | list | tuple):
            return self.filter(plg__speerpunt__in=speerpunt)
        return self.filter(plg__speerpunt=speerpunt)

    def kartrekkers(self):
        return self.filter(rol=PLGRol.KARTREKKER)

    def rol(self, user, speerpunt) -> str | None:
        """The person's role in the speerpunt's PLG (kartrekker or lid), or None."""
        if not user.is_authenticated:
            return None
        return self.van_speerpunt(speerpunt).filter(user=user).values_list("rol", flat=True).first()

    def user_ids(self, speerpunt) -> set[int]:
        return set(self.van_speerpunt(speerpunt).values_list("user_id", flat=True))


class PLGRol(models.TextChoices):
    KARTREKKER = "kartrekker", _("kartrekker")
    LID = "lid", _("PLG-lid")


class PLGLid(models.Model):
    plg = models.ForeignKey(
        PLG, on_delete=models.CASCADE, related_name="leden", verbose_name=_("PLG")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="plg_lidmaatschappen",
        verbose_name=_("persoon"),
    )
    rol = models.CharField(_("rol"), max_length=20, choices=PLGRol.choices, default=PLGRol.LID)
    vertegenwoordigt = models.CharField(
        _("vertegenwoordigt"),
        max_length=200,
        blank=True,
        help_text=_("Jaarlagen, vakken of secties waar dit lid namens spreekt."),
    )
    created_at = models.DateTimeField(_("lid sinds"), default=timezone.now)

    objects = PLGLidQuerySet.as_manager()

    class Meta:
        verbose_name = _("PLG-lid")
        verbose_name_plural = _("PLG-leden")
        constraints = [
            models.UniqueConstraint(fields=["plg", "user"], name="plg_lid_uniek"),
            models.UniqueConstraint(
                fields=["plg"], condition=Q(rol="kartrekker"), name="een_kartrekker_per_plg"
            ),
            models.CheckConstraint(condition=Q(rol__in=PLGRol.values), name="plg_rol_geldig"),
        ]

    def __str__(self):
        return f"{self.user} – {self.plg} ({self.get_rol_display()})"

    def get_additional_data(self) -> dict:
        """Stored with each audit entry, so a school's trail is read without its objects."""
        return {"school": self.plg.speerpunt.school_id}


def verlaat_school(user, school) -> None:
    """Whoever leaves a school leaves its PLGs (registered in PlgConfig.ready)."""
    PLGLid.objects.filter(user=user, plg__speerpunt__school=school).delete()


class Leerlingdeelnemer(models.Model):
    """A pupil taking part in the PLG. Only a first name or a pseudonym is ever stored."""

    plg = models.ForeignKey(
        PLG, on_delete=models.CASCADE, related_name="leerlingen", verbose_name=_("PLG")
    )
    roepnaam = models.CharField(
        _("voornaam of pseudoniem"),
        max_length=40,
        help_text=_("Geen achternaam: alleen een voornaam of een schuilnaam."),
    )
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)

    class Meta:
        verbose_name = _("leerling in de PLG")
        verbose_name_plural = _("leerlingen in de PLG")
        ordering = ["roepnaam"]

    def __str__(self):
        return self.roepnaam


class BijeenkomstQuerySet(models.QuerySet):
    def voor_deelnemer(self, user):
        """Meetings of the PLGs this person is in, in schools where they still work."""
        return self.filter(plg__leden__user=user).filter(
            lid_van_school("plg__speerpunt__school", user)
        )

    def komend(self, now):
        return self.filter(start__gte=now).order_by("start")

    def geweest(self, now):
        return self.filter(start__lt=now).order_by("-start")


class Bijeenkomst(models.Model):
    """A meeting of the PLG. Reminders read `start` (an aware datetime) and `plg.leden`."""

    plg = models.ForeignKey(
        PLG, on_delete=models.CASCADE, related_name="bijeenkomsten", verbose_name=_("PLG")
    )
    start = models.DateTimeField(_("datum en tijd"))
    plaats = models.CharField(_("plaats"), max_length=200, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("gepland door"),
    )
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)

    objects = BijeenkomstQuerySet.as_manager()

    class Meta:
        verbose_name = _("bijeenkomst")
        verbose_name_plural = _("bijeenkomsten")
        ordering = ["start"]
        indexes = [models.Index(fields=["plg", "start"], name="plg_bijeenkomst_start")]

    def __str__(self):
        return _("Bijeenkomst van %(datum)s") % {
            "datum": timezone.localtime(self.start).strftime("%d-%m-%Y %H:%M")
        }

    @transaction.atomic
    def schrijf_notitie(self, *, by, soort, tekst) -> "Notitie":
        notitie = self.notities.create(created_by=by, soort=soort, tekst=tekst)
        self.plg.vertel(ActiviteitSoort.NOTITIE, notitie)
        self.plg.registreer_activiteit()
        return notitie

    def zet_op_agenda(self, teksten, actiepunten=()) -> int:
        """Appends agenda items after the existing ones; returns how many were added."""
        laatste = self.agendapunten.aggregate(m=models.Max("volgorde"))["m"] or 0
        nieuw = [
            Agendapunt(bijeenkomst=self, tekst=tekst[:300], volgorde=laatste + i)
            for i, tekst in enumerate(teksten, start=1)
        ]
        start = laatste + len(nieuw)
        nieuw += [
            Agendapunt(
                bijeenkomst=self,
                tekst=str(_("Stand van actie: %(wat)s") % {"wat": actie.wat})[:300],
                actiepunt=actie,
                volgorde=start + i,
            )
            for i, actie in enumerate(actiepunten, start=1)
        ]
        if nieuw:
            Agendapunt.objects.bulk_create(nieuw)
            self.plg.registreer_activiteit()
        return len(nieuw)

    def haal_open_acties_op(self) -> int:
        """Puts the PLG's open actions on the agenda, each once, to hear how they stand."""
        al_op_agenda = self.agendapunten.filter(actiepunt__isnull=False).values("actiepunt")
        acties = self.plg.actiepunten.open().exclude(pk__in=al_op_agenda).exclude(bijeenkomst=self)
        return self.zet_op_agenda([], actiepunten=list(acties))

    def zet_vragenset_op_agenda(self, vragenset) -> int:
        """Puts a question set from the kennisbank on the agenda: its title, then each question."""
        teksten = [str(_("Gesprek: %(titel)s") % {"titel": vragenset.titel})]
        teksten += [vraag.tekst for vraag in vragenset.vragen.all()]
        return self.zet_op_agenda(teksten)


class Agendapunt(models.Model):
    bijeenkomst = models.ForeignKey(
        Bijeenkomst,
        on_delete=models.CASCADE,
        related_name="agendapunten",
        verbose_name=_("bijeenkomst"),
    )
    tekst = models.CharField(_("agendapunt"), max_length=300)
    volgorde = models.PositiveIntegerField(_("volgorde"), default=0)
    actiepunt = models.ForeignKey(
        "Actiepunt",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("uit actie"),
    )

    class Meta:
        verbose_name = _("agendapunt")
        verbose_name_plural = _("agendapunten")
        ordering = ["volgorde", "pk"]

    def __str__(self):
        return self.tekst


class NotitieSoort(models.TextChoices):
    NOTITIE = "notitie", _("notitie")
    BESLUIT = "besluit", _("besluit")


class Notitie(models.Model):
    """A note or a decision written down at a meeting. The text is Markdown."""

    bijeenkomst = models.ForeignKey(
        Bijeenkomst,
        on_delete=models.CASCADE,
        related_name="notities",
        verbose_name=_("bijeenkomst"),
    )
    soort = models.CharField(
        _("soort"), max_length=20, choices=NotitieSoort.choices, default=NotitieSoort.NOTITIE
    )
    tekst = models.TextField(_("tekst"), help_text=_("Je kunt Markdown gebruiken."))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("auteur"),
    )
    created_at = models.DateTimeField(_("geschreven op"), auto_now_add=True)

    class Meta:
        verbose_name = _("notitie")
        verbose_name_plural = _("notities")
        ordering = ["created_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(soort__in=NotitieSoort.values), name="notitie_soort_geldig"
            )
        ]

    def __str__(self):
        return self.tekst[:60]


class ActiepuntQuerySet(models.QuerySet):
    def open(self):
        return self.filter(gedaan_op__isnull=True)

    def gedaan(self):
        return self.filter(gedaan_op__isnull=False)

    def overdue(self, today):
        """Open actions whose deadline lies before `today` (a date)."""
        return self.open().filter(deadline__lt=today)

    def owned_by(self, user):
        return self.filter(owner=user)

    def assigned_by(self, user):
        """Actions `user` gave to someone else."""
        return self.filter(created_by=user).exclude(owner=user)

    def open_eerst(self):
        return self.order_by(models.F("gedaan_op").desc(nulls_first=True), "deadline", "pk")


class Actiepunt(models.Model):
    """Who does what by when. `owner` owns it, `deadline` is a date, `gedaan_op` is set when
    done (null while open); reminders use `Actiepunt.objects.overdue(today)`."""

    plg = models.ForeignKey(
        PLG, on_delete=models.CASCADE, related_name="actiepunten", verbose_name=_("PLG")
    )
    bijeenkomst = models.ForeignKey(
        Bijeenkomst,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="actiepunten",
        verbose_name=_("bijeenkomst"),
    )
    wat = models.CharField(_("wat"), max_length=300)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="actiepunten",
        verbose_name=_("wie"),
    )
    deadline = models.DateField(_("uiterlijk op"))
    gedaan_op = models.DateTimeField(_("gedaan op"), null=True, blank=True)
    completed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("afgevinkt door"),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="uitgezette_actiepunten",
        verbose_name=_("uitgezet door"),
    )
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)

    objects = ActiepuntQuerySet.as_manager()

    class Meta:
        verbose_name = _("actiepunt")
        verbose_name_plural = _("actiepunten")
        ordering = ["deadline", "pk"]
        # The workspace shows a PLG's most urgent open actions and pages through the rest.
        indexes = [
            models.Index(
                fields=["plg", "deadline", "id"],
                condition=Q(gedaan_op__isnull=True),
                name="plg_actie_open",
            ),
            models.Index(
                fields=["plg", "-gedaan_op", "-id"],
                condition=Q(gedaan_op__isnull=False),
                name="plg_actie_gedaan",
            ),
        ]

    def __str__(self):
        return self.wat

    @property
    def is_gedaan(self) -> bool:
        return self.gedaan_op is not None

    def is_overdue(self, today=None) -> bool:
        return not self.is_gedaan and self.deadline < (today or timezone.localdate())

    @transaction.atomic
    def markeer_gedaan(self, by) -> None:
        """Ticks the action off; ticking it off twice keeps the first moment."""
        # A conditional UPDATE: when two members tick the same action at once, only the first
        # one's name and moment are kept (and told in the feed), without a lock.
        afgevinkt = Actiepunt.objects.filter(pk=self.pk, gedaan_op__isnull=True).update(
            gedaan_op=timezone.now(), completed_by=by
        )
        self.refresh_from_db(fields=["gedaan_op", "completed_by"])
        if afgevinkt:
            self.plg.vertel(ActiviteitSoort.ACTIE_GEDAAN, self)
        self.plg.registreer_activiteit()

    @transaction.atomic
    def heropen(self) -> None:
        """Puts a ticked-off action back on the open list; the feed no longer says it was done."""
        Actiepunt.objects.filter(pk=self.pk).update(gedaan_op=None, completed_by=None)
        self.refresh_from_db(fields=["gedaan_op", "completed_by"])
        Activiteit.objects.filter(actiepunt=self, soort=ActiviteitSoort.ACTIE_GEDAAN).delete()


class BevindingSoort(models.TextChoices):
    INTERVIEW = "interview", _("interview")
    OBSERVATIE = "observatie", _("observatie")
    DATA = "data", _("data")
    LEERLINGSTEM = "leerlingstem", _("stem van leerlingen")


class BevindingGroep(models.TextChoices):
    WERKT = "werkt", _("Wat werkt")
    BEHOUDEN = "behouden", _("Wat we willen houden")
    KNELPUNT = "knelpunt", _("Knelpunten")
    VOORWAARDE = "voorwaarde", _("Voorwaarden")


class Bevinding(models.Model):
    """What the PLG learned about the current situation (step 2). Who was heard is recorded as
    roles, never as pupils' names."""

    plg = models.ForeignKey(
        PLG, on_delete=models.CASCADE, related_name="bevindingen", verbose_name=_("PLG")
    )
    soort = models.CharField(_("bron"), max_length=20, choices=BevindingSoort.choices)
    groep = models.CharField(_("soort bevinding"), max_length=20, choices=BevindingGroep.choices)
    datum = models.DateField(_("datum"), default=timezone.localdate)
    gehoord = models.CharField(
        _("wie is gehoord"),
        max_length=200,
        blank=True,
        help_text=_("Rollen, geen namen: bijvoorbeeld 'vier mentoren onderbouw' of 'klas 2b'."),
    )
    tekst = models.TextField(_("bevinding"), help_text=_("Je kunt Markdown gebruiken."))
    tags = models.CharField(
        _("labels"), max_length=200, blank=True, help_text=_("Gescheiden door komma's.")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("auteur"),
    )
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)

    class Meta:
        verbose_name = _("bevinding")
        verbose_name_plural = _("bevindingen")
        ordering = ["-datum", "-pk"]
        indexes = [models.Index(fields=["plg", "-datum", "-id"], name="plg_bevinding_nieuwste")]
        constraints = [
            models.CheckConstraint(
                condition=Q(soort__in=BevindingSoort.values), name="bevinding_soort_geldig"
            ),
            models.CheckConstraint(
                condition=Q(groep__in=BevindingGroep.values), name="bevinding_groep_geldig"
            ),
        ]

    def __str__(self):
        return self.tekst[:60]

    @property
    def taglijst(self) -> list[str]:
        return [tag.strip() for tag in self.tags.split(",") if tag.strip()]


class Analysevraag(models.TextChoices):
    """The guided problem analysis of step 2, one answer per question per PLG."""

    PROBLEEM = "probleem", _("Welk probleem of welke wens pakken we aan?")
    AANWIJZINGEN = "aanwijzingen", _("Waaraan zien we dat? Welke cijfers, signalen of ervaringen?")
    ACHTERGROND = "achtergrond", _("Wat zit er onder? Wat is het probleem achter het probleem?")
    BETROKKENEN = (
        "betrokkenen",
        _("Wie hebben ermee te maken, en wie merkt het als het beter gaat?"),
    )
    EERDER = "eerder", _("Wat is al eerder geprobeerd, en wat leverde dat op?")
    SCHOOLPLAN = "schoolplan", _("Hoe past dit bij ons schoolplan en onze visie?")
    EXPERTISE = "expertise", _("Wie binnen of buiten de school weet hier veel van?")


class Analyseantwoord(models.Model):
    plg = models.ForeignKey(
        PLG, on_delete=models.CASCADE, related_name="analyse", verbose_name=_("PLG")
    )
    vraag = models.CharField(_("vraag"), max_length=20, choices=Analysevraag.choices)
    tekst = models.TextField(_("antwoord"), blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("bijgewerkt door"),
    )
    bijgewerkt_op = models.DateTimeField(_("bijgewerkt op"), auto_now=True)

    class Meta:
        verbose_name = _("antwoord in de probleemanalyse")
        verbose_name_plural = _("antwoorden in de probleemanalyse")
        constraints = [
            models.UniqueConstraint(fields=["plg", "vraag"], name="analyse_een_antwoord_per_vraag"),
            models.CheckConstraint(
                condition=Q(vraag__in=Analysevraag.values), name="analyse_vraag_geldig"
            ),
        ]

    def __str__(self):
        return self.get_vraag_display()


class Tussenstand(models.Model):
    """An interim update the kartrekker shares with the whole school, to build support."""

    plg = models.ForeignKey(
        PLG, on_delete=models.CASCADE, related_name="tussenstanden", verbose_name=_("PLG")
    )
    titel = models.CharField(_("titel"), max_length=200)
    tekst = models.TextField(_("tekst"), help_text=_("Je kunt Markdown gebruiken."))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("auteur"),
    )
    gepubliceerd_op = models.DateTimeField(_("gepubliceerd op"), default=timezone.now)

    class Meta:
        verbose_name = _("tussenstand")
        verbose_name_plural = _("tussenstanden")
        ordering = ["-gepubliceerd_op", "-pk"]
        indexes = [
            models.Index(fields=["plg", "-gepubliceerd_op", "-id"], name="plg_tussenstand_nieuwste")
        ]

    def __str__(self):
        return self.titel

    @transaction.atomic
    def reageer(self, *, by, tekst) -> "Reactie":
        reactie = self.reacties.create(created_by=by, tekst=tekst)
        self.plg.vertel(ActiviteitSoort.REACTIE, reactie)
        self.plg.registreer_activiteit()
        return reactie


class Reactie(models.Model):
    """A colleague's reaction to an interim update."""

    tussenstand = models.ForeignKey(
        Tussenstand,
        on_delete=models.CASCADE,
        related_name="reacties",
        verbose_name=_("tussenstand"),
    )
    tekst = models.TextField(_("reactie"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("auteur"),
    )
    created_at = models.DateTimeField(_("geschreven op"), auto_now_add=True)

    class Meta:
        verbose_name = _("reactie")
        verbose_name_plural = _("reacties")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.tekst[:60]


class Expertise(models.Model):
    """Something a person knows a lot about, so the school can find kartrekkers and experts."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="expertises",
        verbose_name=_("persoon"),
    )
    school = models.ForeignKey(
        "scholen.School",
        on_delete=models.CASCADE,
        related_name="expertises",
        verbose_name=_("school"),
    )
    onderwerp = models.CharField(_("onderwerp"), max_length=100)
    toelichting = models.CharField(
        _("toelichting"),
        max_length=300,
        blank=True,
        help_text=_("Bijvoorbeeld een opleiding, een project of ervaring in de klas."),
    )
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)

    class Meta:
        verbose_name = _("expertise")
        verbose_name_plural = _("expertises")
        ordering = ["onderwerp", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "school", "onderwerp"], name="expertise_uniek_per_persoon"
            )
        ]

    def __str__(self):
        return self.onderwerp


class ActiviteitSoort(models.TextChoices):
    LID = "lid", _("lid erbij")
    BIJEENKOMST = "bijeenkomst", _("bijeenkomst gepland")
    NOTITIE = "notitie", _("notitie of besluit")
    ACTIE = "actie", _("actie uitgezet")
    ACTIE_GEDAAN = "actie_gedaan", _("actie afgevinkt")
    BEVINDING = "bevinding", _("bevinding")
    ANALYSE = "analyse", _("probleemanalyse bijgewerkt")
    TUSSENSTAND = "tussenstand", _("tussenstand gedeeld")
    REACTIE = "reactie", _("reactie")


# What each kind of line tells about: (the field of Activiteit that links the row, the row's
# field holding the moment, the row's field holding the person, and for a row that belongs to
# its PLG through another row, that row's field). A line takes its moment and person from the
# row, as the row records them. A note's line also links its meeting and a reaction's line its
# update, so that the feed reads what its sentences say in one query of few joins.
BRONNEN = {
    ActiviteitSoort.LID: ("lid", "created_at", "user", None),
    ActiviteitSoort.BIJEENKOMST: ("bijeenkomst", "created_at", "created_by", None),
    ActiviteitSoort.NOTITIE: ("notitie", "created_at", "created_by", "bijeenkomst"),
    ActiviteitSoort.ACTIE: ("actiepunt", "created_at", "created_by", None),
    ActiviteitSoort.ACTIE_GEDAAN: ("actiepunt", "gedaan_op", "completed_by", None),
    ActiviteitSoort.BEVINDING: ("bevinding", "created_at", "created_by", None),
    ActiviteitSoort.ANALYSE: ("analyseantwoord", "bijgewerkt_op", "updated_by", None),
    ActiviteitSoort.TUSSENSTAND: ("tussenstand", "gepubliceerd_op", "created_by", None),
    ActiviteitSoort.REACTIE: ("reactie", "created_at", "created_by", "tussenstand"),
}


def _soorten_over(model) -> list[str]:
    """The kinds of line told about a row of `model`."""
    return [
        soort
        for soort, (veld, *_rest) in BRONNEN.items()
        if Activiteit._meta.get_field(veld).related_model is model
    ]


def _veld_van(model, veld: str, link: str):
    """A field of the row a line links, read per line shown instead of joined: the kinds of
    line link different tables, and planning a query that joins them all costs far more than
    running it."""
    return Subquery(model.objects.filter(pk=OuterRef(link)).values(veld)[:1])


class ActiviteitQuerySet(models.QuerySet):
    def schrijf_alles(self, plgs) -> None:
        """Writes every line the feeds of `plgs` (a queryset of PLGs) hold about their rows, for
        rows made past the PLG's write methods and backdated: demo data, a bench."""
        bronnen = {
            Activiteit._meta.get_field(veld).related_model: via
            for veld, _moment, _persoon, via in BRONNEN.values()
        }
        for model, via in bronnen.items():
            rijen = model.objects.filter(**{"__".join(filter(None, [via, "plg__in"])): plgs})
            if via:
                rijen = rijen.select_related(via)
            self.bulk_create(
                (regel for rij in rijen.iterator(2000) for regel in Activiteit.van(rij)),
                batch_size=2000,
            )

    def nieuwste_eerst(self):
        """Newest first, with what the sentences read: who, the action and its owner, and
        as `bijeenkomst_start`, `notitie_soort`, `bevinding_soort`, `bevinding_groep` and
        `tussenstand_titel` the fields of the other rows. A member joining or the analysis
        changing says nothing beyond who and when."""
        return (
            self.select_related("wie", "actiepunt__owner")
            .annotate(
                bijeenkomst_start=_veld_van(Bijeenkomst, "start", "bijeenkomst"),
                notitie_soort=_veld_van(Notitie, "soort", "notitie"),
                bevinding_soort=_veld_van(Bevinding, "soort", "bevinding"),
                bevinding_groep=_veld_van(Bevinding, "groep", "bevinding"),
                tussenstand_titel=_veld_van(Tussenstand, "titel", "tussenstand"),
            )
            .order_by("-wanneer", "-pk")
        )

    def herschrijf(self, onderwerp) -> None:
        """Makes the lines about `onderwerp` say what the row records now, for a row changed
        without the PLG's write methods (in the admin)."""
        soorten = _soorten_over(type(onderwerp))
        veld = BRONNEN[soorten[0]][0]
        self.filter(soort__in=soorten, **{veld: onderwerp}).delete()
        self.bulk_create(Activiteit.van(onderwerp))


class Activiteit(models.Model):
    """One line of a PLG's activity feed: who did what, when. The PLG's write methods add it
    next to the row they write, so the feed reads only its own newest lines. A line links the
    row it tells about and goes when that row goes: the feed never tells of what was removed,
    and shows a person by their account, which erasure anonymises."""

    # The index below starts with the PLG, so the foreign key needs none of its own.
    plg = models.ForeignKey(
        PLG,
        on_delete=models.CASCADE,
        related_name="activiteiten",
        db_index=False,
        verbose_name=_("PLG"),
    )
    soort = models.CharField(_("soort"), max_length=20, choices=ActiviteitSoort.choices)
    wanneer = models.DateTimeField(_("wanneer"))
    wie = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("wie"),
    )
    lid = models.ForeignKey(PLGLid, on_delete=models.CASCADE, null=True, related_name="+")
    bijeenkomst = models.ForeignKey(
        Bijeenkomst, on_delete=models.CASCADE, null=True, related_name="+"
    )
    notitie = models.ForeignKey(Notitie, on_delete=models.CASCADE, null=True, related_name="+")
    actiepunt = models.ForeignKey(Actiepunt, on_delete=models.CASCADE, null=True, related_name="+")
    bevinding = models.ForeignKey(Bevinding, on_delete=models.CASCADE, null=True, related_name="+")
    analyseantwoord = models.ForeignKey(
        Analyseantwoord, on_delete=models.CASCADE, null=True, related_name="+"
    )
    tussenstand = models.ForeignKey(
        Tussenstand, on_delete=models.CASCADE, null=True, related_name="+"
    )
    reactie = models.ForeignKey(Reactie, on_delete=models.CASCADE, null=True, related_name="+")

    objects = ActiviteitQuerySet.as_manager()

    class Meta:
        verbose_name = _("activiteit")
        verbose_name_plural = _("activiteiten")
        ordering = ["-wanneer", "-pk"]
        indexes = [
            models.Index(fields=["plg", "-wanneer", "-id"], name="plg_activiteit_nieuwste"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(soort__in=ActiviteitSoort.values), name="activiteit_soort_geldig"
            ),
            # Every line links the row it tells about.
            models.CheckConstraint(
                condition=functools.reduce(
                    operator.or_,
                    (
                        Q(soort=soort, **{f"{veld}__isnull": False})
                        for soort, (veld, *_rest) in BRONNEN.items()
                    ),
                ),
                name="activiteit_met_onderwerp",
            ),
            # An action is done once and an answer told at its last change: one line each.
            models.UniqueConstraint(
                fields=["actiepunt"],
                condition=Q(soort=ActiviteitSoort.ACTIE_GEDAAN),
                name="activiteit_een_keer_gedaan",
            ),
            models.UniqueConstraint(
                fields=["analyseantwoord"],
                condition=Q(soort=ActiviteitSoort.ANALYSE),
                name="activiteit_een_per_antwoord",
            ),
        ]

    def __str__(self):
        return f"{self.get_soort_display()} ({self.wanneer:%Y-%m-%d %H:%M})"

    @classmethod
    def over(cls, soort: str, onderwerp, *, plg=None) -> "Activiteit":
        """The (unsaved) line of `soort` about `onderwerp`, at the moment and with the person
        the row records."""
        veld, moment, persoon, via = BRONNEN[soort]
        links = {veld: onderwerp}
        if via:
            links[f"{via}_id"] = getattr(onderwerp, f"{via}_id")
        return cls(
            plg_id=plg.pk if plg else (getattr(onderwerp, via) if via else onderwerp).plg_id,
            soort=soort,
            wanneer=getattr(onderwerp, moment),
            wie_id=getattr(onderwerp, f"{persoon}_id"),
            **links,
        )

    @property
    def bevinding_soort_label(self) -> str:
        """For a line read through `nieuwste_eerst`."""
        return BevindingSoort(self.bevinding_soort).label

    @property
    def bevinding_groep_label(self) -> str:
        """For a line read through `nieuwste_eerst`."""
        return BevindingGroep(self.bevinding_groep).label

    @classmethod
    def van(cls, onderwerp) -> list["Activiteit"]:
        """Every line the feed holds about an existing row (an action that is done has two),
        for rows made without the PLG's write methods: demo data, test data, a bench."""
        return [
            cls.over(soort, onderwerp)
            for soort in _soorten_over(type(onderwerp))
            if getattr(onderwerp, BRONNEN[soort][1]) is not None
        ]
