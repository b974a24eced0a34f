from django.conf import settings
from django.contrib.postgres.aggregates import StringAgg
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import connection, models, transaction
from django.db.models import OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cyclus.models import Speerpunt, Stap
from scholen.models import School

from .zoeken import zoekvorm


class Soort(models.TextChoices):
    ARTIKEL = "artikel", _("artikel")
    BOEK = "boek", _("boek")
    LEIDRAAD = "leidraad", _("leidraad")
    WEBSITE = "website", _("website")
    PRAKTIJKKAART = "praktijkkaart", _("praktijkkaart")
    PODCAST = "podcast", _("podcast")
    VIDEO = "video", _("video")
    RAPPORT = "rapport", _("rapport")


class Aanbeveling(models.TextChoices):
    """The six recommendations of the NRO guide a source can support."""

    H1 = "h1", _("h1 Kom tot een onderbouwd en gedragen verbeterplan")
    H2 = "h2", _("h2 Uitvoeren, monitoren, bijstellen en borgen")
    H3 = "h3", _("h3 Stimuleer een onderzoekende houding")
    H4 = "h4", _("h4 Stimuleer samen leren in het team")
    H5 = "h5", _("h5 Benut kennis en expertise")
    H6 = "h6", _("h6 Spreid leiderschap")


class Taal(models.TextChoices):
    NEDERLANDS = "nl", _("Nederlands")
    ENGELS = "en", _("Engels")


def _codes(value: str) -> list[str]:
    return [code for code in value.split() if code]


class ThemaQuerySet(models.QuerySet):
    def zichtbaar_voor(self, school: School):
        """The curated themes plus this school's own; never a theme another school typed."""
        return self.filter(Q(school__isnull=True) | Q(school=school))


class Thema(models.Model):
    """A theme to find sources by: curated for every school (no school), or typed by someone
    at a school, and then that school's alone."""

    naam = models.CharField(_("naam"), max_length=80)
    school = models.ForeignKey(
        School,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="themas",
        verbose_name=_("school"),
        help_text=_("Leeg: een thema van de gedeelde kennisbank, dat elke school ziet."),
    )

    objects = ThemaQuerySet.as_manager()

    class Meta:
        verbose_name = _("thema")
        verbose_name_plural = _("thema's")
        ordering = ["naam"]
        constraints = [
            models.UniqueConstraint(
                fields=["naam"], condition=Q(school__isnull=True), name="thema_gedeeld_uniek"
            ),
            models.UniqueConstraint(fields=["school", "naam"], name="thema_uniek_per_school"),
        ]

    def __str__(self):
        return self.naam

    def save(self, *args, **kwargs):
        nieuw = self._state.adding
        super().save(*args, **kwargs)
        # Sources are found by the names of their themes: a renamed theme is renamed there too.
        if not nieuw:
            self.bronnen.all().werk_zoekindex_bij()

    def delete(self, *args, **kwargs):
        bronnen = list(self.bronnen.values_list("pk", flat=True))
        resultaat = super().delete(*args, **kwargs)
        Bron.objects.filter(pk__in=bronnen).werk_zoekindex_bij()
        return resultaat

    @classmethod
    def getypt(cls, school: School, naam: str) -> "Thema":
        """The theme someone at `school` typed: the curated one of that name if it exists,
        otherwise the school's own (made the first time)."""
        naam = naam.strip().lower()
        gedeeld = cls.objects.filter(school__isnull=True, naam=naam).first()
        if gedeeld is not None:
            return gedeeld
        return cls.objects.get_or_create(school=school, naam=naam)[0]


class BronQuerySet(models.QuerySet):
    def zichtbaar_voor(self, school: School):
        """The shared, curated set plus this school's own additions; never another school's."""
        return self.filter(Q(school__isnull=True) | Q(school=school))

    def gedeeld(self):
        return self.filter(school__isnull=True)

    def met_aanbeveling(self, code: str):
        # Codes are stored space-separated ("h1 h5"); h1..h6 never contain one another.
        return self.filter(aanbevelingen__contains=code)

    def voor_stap(self, stap: int):
        return self.filter(stappen__contains=str(int(stap)))

    def werk_zoekindex_bij(self) -> None:
        """Recomputes the search columns of every source in this queryset from its text and
        themes. Every change to what a source is found by comes through here: its own save(),
        a change of its themes, a theme renamed or removed, and sources made or changed in bulk
        (bulk_create and update() skip save()).

        PostgreSQL computes the columns itself, in one UPDATE, whatever the number of sources.
        SQLite (the demo) has no Dutch stemmer: Python stems the words there."""
        if connection.vendor == "postgresql":
            themas = _themanamen()
            self.update(
                thema_tekst=Coalesce(themas, Value("")),
                zoekvector=(
                    SearchVector("titel", weight="A", config="dutch")
                    + SearchVector(themas, weight="B", config="dutch")
                    + SearchVector("auteurs", weight="B", config="simple")
                    + SearchVector("samenvatting", weight="C", config="dutch")
                ),
                kopvector=SearchVector("titel", config="dutch"),
            )
            return
        bronnen = list(
            self.only("titel", "auteurs", "samenvatting").prefetch_related("themas").order_by()
        )
        for bron in bronnen:
            bron.thema_tekst = "\n".join(thema.naam for thema in bron.themas.all())
            # Spaces around every stem let a search match whole words and word beginnings.
            bron.zoektekst_kop = f" {zoekvorm(bron.titel)} "
            bron.zoektekst = (
                f"{bron.zoektekst_kop}{zoekvorm(bron.thema_tekst)} {zoekvorm(bron.auteurs)} "
                f"{zoekvorm(bron.samenvatting)} "
            )
        Bron.objects.bulk_update(
            bronnen, ["thema_tekst", "zoektekst", "zoektekst_kop"], batch_size=500
        )


def _themanamen():
    """The names of a source's themes in alphabetical order, one per line (NULL without any)."""
    return Subquery(
        Thema.objects.filter(bronnen=OuterRef("pk"))
        .order_by()
        .values("bronnen")
        .annotate(namen=StringAgg("naam", "\n", order_by="naam"))
        .values("namen")
    )


class Bron(models.Model):
    """A source in the kennisbank.

    A source without a school belongs to the curated set every school sees; a source with a
    school is that school's own addition and visible there only, until staff take it into the
    curated set (the school may propose that with `voorgesteld`).
    """

    titel = models.CharField(_("titel"), max_length=300)
    auteurs = models.CharField(
        _("auteurs"),
        max_length=400,
        help_text=_("Achternaam en voorletters, gescheiden door een puntkomma; of de organisatie."),
    )
    jaar = models.PositiveSmallIntegerField(_("jaar"), null=True, blank=True)
    soort = models.CharField(_("soort"), max_length=20, choices=Soort.choices)
    link = models.URLField(_("link"), max_length=500, blank=True)
    uitgever = models.CharField(_("uitgever of tijdschrift"), max_length=200, blank=True)
    taal = models.CharField(_("taal"), max_length=2, choices=Taal.choices, default=Taal.NEDERLANDS)
    samenvatting = models.TextField(
        _("samenvatting"), help_text=_("Kort en in eigen woorden: wat staat erin, voor wie is het?")
    )
    themas = models.ManyToManyField(
        Thema, blank=True, related_name="bronnen", verbose_name=_("thema's")
    )
    aanbevelingen = models.CharField(_("aanbevelingen uit de leidraad"), max_length=20, blank=True)
    stappen = models.CharField(_("stappen van de cyclus"), max_length=10, blank=True)

    school = models.ForeignKey(
        School,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="bronnen",
        verbose_name=_("eigen bron van school"),
        help_text=_("Leeg: hoort bij de gedeelde kennisbank van alle scholen."),
    )
    voorgesteld = models.BooleanField(_("voorgesteld voor de gedeelde kennisbank"), default=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("toegevoegd door"),
    )
    created_at = models.DateTimeField(_("toegevoegd op"), default=timezone.now)

    # Derived from the fields above by `werk_zoekindex_bij()`: the names of the themes, one
    # per line (searched, and shown in a list of results without reading the themes), and the
    # search index. PostgreSQL searches the vectors (every field, and the title alone) with the
    # "dutch" configuration; SQLite (the demo) searches the Snowball-stemmed words, and each
    # leaves the other's empty.
    thema_tekst = models.TextField(blank=True, editable=False)
    zoekvector = SearchVectorField(null=True, editable=False)
    kopvector = SearchVectorField(null=True, editable=False)
    zoektekst = models.TextField(blank=True, editable=False)
    zoektekst_kop = models.TextField(blank=True, editable=False)

    ZOEKINDEX = ("zoekvector", "kopvector", "zoektekst", "zoektekst_kop")
    ZOEKKOLOMMEN = ("thema_tekst", *ZOEKINDEX)

    objects = BronQuerySet.as_manager()

    class Meta:
        verbose_name = _("bron")
        verbose_name_plural = _("bronnen")
        ordering = ["titel"]
        indexes = [
            GinIndex(fields=["zoekvector"], name="bron_zoekvector_gin"),
            GinIndex(fields=["kopvector"], name="bron_kopvector_gin"),
            models.Index(fields=["school", "jaar"], name="bron_school_jaar"),
            # The list without a search is in this order: a page is read from the index.
            models.Index(fields=["titel", "id"], name="bron_titel"),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(soort__in=Soort.values), name="bron_soort_geldig")
        ]

    def __str__(self):
        if self.jaar:
            return f"{self.titel} ({self.jaar})"
        return self.titel

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        self.werk_zoekindex_bij()

    def werk_zoekindex_bij(self) -> None:
        Bron.objects.filter(pk=self.pk).werk_zoekindex_bij()
        # The database holds the new values now: they are read from there when asked for, and
        # a later save() leaves them alone instead of writing back the old ones.
        for kolom in self.ZOEKKOLOMMEN:
            self.__dict__.pop(kolom, None)

    def zet_themas(self, themas) -> None:
        """Sets the themes and brings the search columns up to date with them."""
        self.themas.set(themas)
        self.werk_zoekindex_bij()

    def get_soort_display(self) -> str:
        # Django's own builds a dictionary of every choice, translating each label, on every
        # call: a list of results asks it twenty times.
        return str(Soort(self.soort).label)

    @property
    def thema_namen(self) -> list[str]:
        """The names of the themes, as the last indexing read them: every change to a source's
        themes, or to a theme, indexes the source again."""
        return self.thema_tekst.splitlines()

    @property
    def is_gedeeld(self) -> bool:
        return self.school_id is None

    @property
    def aanbeveling_codes(self) -> list[str]:
        return _codes(self.aanbevelingen)

    @property
    def stap_nummers(self) -> list[int]:
        return [int(code) for code in _codes(self.stappen)]

    def get_aanbevelingen_display(self) -> list[str]:
        return [Aanbeveling(code).label for code in self.aanbeveling_codes]

    def get_stappen_display(self) -> list[str]:
        return [Stap(nummer).label for nummer in self.stap_nummers]

    def mag_bewerken(self, toegang) -> bool:
        """A school's own addition is edited by the people who work there; the curated set by
        staff, in the admin."""
        return self.school_id == toegang.school.pk and toegang.is_medewerker

    def stel_voor(self) -> None:
        """The school proposes its own source for the curated set; staff decide in the admin."""
        Bron.objects.filter(pk=self.pk, school__isnull=False).update(voorgesteld=True)
        self.voorgesteld = True

    def neem_op_in_gedeelde_set(self) -> None:
        """Staff take a school's source into the curated set every school sees. Its themes of
        the school's own become curated themes of the same name, since every school now sees
        them on the source; the school keeps its own theme for its other sources."""
        with transaction.atomic():
            themas = [
                thema
                if thema.school_id is None
                else Thema.objects.get_or_create(school=None, naam=thema.naam)[0]
                for thema in self.themas.all()
            ]
            self.school = None
            self.voorgesteld = False
            self.save()
            self.zet_themas(themas)


class Waardering(models.TextChoices):
    STERK = "sterk", _("sterk")
    REDELIJK = "redelijk", _("redelijk")
    ZWAK = "zwak", _("zwak")
    ONBEKEND = "onbekend", _("weet ik niet")


class BronkoppelingQuerySet(models.QuerySet):
    def voor_school(self, school: School):
        return self.filter(speerpunt__school=school)


class Bronkoppeling(models.Model):
    """A source a team uses for a speerpunt, with the team's appraisal along the guide's four
    points and what the source means for their own practice (the vertaalslag)."""

    bron = models.ForeignKey(
        Bron, on_delete=models.CASCADE, related_name="koppelingen", verbose_name=_("bron")
    )
    speerpunt = models.ForeignKey(
        Speerpunt,
        on_delete=models.CASCADE,
        related_name="bronkoppelingen",
        verbose_name=_("speerpunt"),
    )
    actualiteit = models.CharField(
        _("hoe recent"), max_length=10, choices=Waardering.choices, default=Waardering.ONBEKEND
    )
    actualiteit_toelichting = models.CharField(
        _("toelichting bij hoe recent"), max_length=300, blank=True
    )
    kwaliteit = models.CharField(
        _("kwaliteit van de bron"),
        max_length=10,
        choices=Waardering.choices,
        default=Waardering.ONBEKEND,
    )
    kwaliteit_toelichting = models.CharField(
        _("toelichting bij de kwaliteit"), max_length=300, blank=True
    )
    bruikbaarheid = models.CharField(
        _("praktische bruikbaarheid"),
        max_length=10,
        choices=Waardering.choices,
        default=Waardering.ONBEKEND,
    )
    bruikbaarheid_toelichting = models.CharField(
        _("toelichting bij de bruikbaarheid"), max_length=300, blank=True
    )
    aansluiting = models.CharField(
        _("aansluiting bij onze context"),
        max_length=10,
        choices=Waardering.choices,
        default=Waardering.ONBEKEND,
    )
    aansluiting_toelichting = models.CharField(
        _("toelichting bij de aansluiting"), max_length=300, blank=True
    )
    vertaalslag = models.TextField(
        _("vertaalslag"),
        blank=True,
        help_text=_("Wat betekent deze bron voor onze eigen praktijk? Markdown mag."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("gekoppeld door"),
    )
    created_at = models.DateTimeField(_("gekoppeld op"), auto_now_add=True)
    updated_at = models.DateTimeField(_("laatst gewijzigd"), auto_now=True)

    objects = BronkoppelingQuerySet.as_manager()

    PUNTEN = ("actualiteit", "kwaliteit", "bruikbaarheid", "aansluiting")

    class Meta:
        verbose_name = _("bronkoppeling")
        verbose_name_plural = _("bronkoppelingen")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["bron", "speerpunt"], name="bron_een_keer_per_speerpunt"
            ),
            *(
                models.CheckConstraint(
                    condition=Q(**{f"{punt}__in": Waardering.values}),
                    name=f"bronkoppeling_{punt}_geldig",
                )
                for punt in ("actualiteit", "kwaliteit", "bruikbaarheid", "aansluiting")
            ),
        ]

    def __str__(self):
        return f"{self.bron} → {self.speerpunt}"

    @property
    def beoordeling(self) -> list[tuple[str, str, str, str]]:
        """The four points as (label, value, value label, note), in the guide's order."""
        rijen = []
        for punt in self.PUNTEN:
            field = self._meta.get_field(punt)
            rijen.append(
                (
                    field.verbose_name,
                    getattr(self, punt),
                    getattr(self, f"get_{punt}_display")(),
                    getattr(self, f"{punt}_toelichting"),
                )
            )
        return rijen


class VragensetThema(models.TextChoices):
    KWALITEIT = "kwaliteit", _("kwaliteit en doelen")
    SAMENWERKING = "samenwerking", _("samenwerking")
    VERBETEREN = "verbeteren", _("verbeteren en leren")
    LEIDERSCHAP = "leiderschap", _("leiderschap")
    ONDERZOEKEND = "onderzoekend", _("onderzoekende houding")


class Vragenset(models.Model):
    """A gesprekskaart: a short set of questions a team talks through together.

    For other apps: a set is read-only content. `vragenset.vragen.all()` gives the questions in
    order; `vragenset.als_agendatekst()` gives the set as Markdown ready to paste into a
    meeting agenda (title, introduction, numbered questions).
    """

    titel = models.CharField(_("titel"), max_length=200)
    thema = models.CharField(_("thema"), max_length=20, choices=VragensetThema.choices)
    inleiding = models.TextField(_("inleiding"), blank=True)
    volgorde = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    class Meta:
        verbose_name = _("vragenset")
        verbose_name_plural = _("vragensets")
        ordering = ["volgorde", "titel"]
        constraints = [
            models.CheckConstraint(
                condition=Q(thema__in=VragensetThema.values), name="vragenset_thema_geldig"
            )
        ]

    def __str__(self):
        return self.titel

    def als_agendatekst(self) -> str:
        regels = [f"**{self.titel}**", ""]
        if self.inleiding:
            regels += [self.inleiding, ""]
        regels += [f"{n}. {vraag.tekst}" for n, vraag in enumerate(self.vragen.all(), start=1)]
        return "\n".join(regels)


class Vraag(models.Model):
    vragenset = models.ForeignKey(
        Vragenset, on_delete=models.CASCADE, related_name="vragen", verbose_name=_("vragenset")
    )
    tekst = models.CharField(_("vraag"), max_length=300)
    volgorde = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    class Meta:
        verbose_name = _("vraag")
        verbose_name_plural = _("vragen")
        ordering = ["vragenset", "volgorde", "pk"]

    def __str__(self):
        return self.tekst
