from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from scholen.models import School, Team


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


class SpeerpuntQuerySet(models.QuerySet):
    def actief(self):
        return self.filter(status=Status.ACTIEF)

    def voor_school(self, school):
        return self.filter(school=school)


class Speerpunt(models.Model):
    """A priority of the school that goes through the five-step cycle."""

    school = models.ForeignKey(
        School, on_delete=models.CASCADE, related_name="speerpunten", verbose_name=_("school")
    )
    titel = models.CharField(_("titel"), max_length=200)
    probleem = models.TextField(_("probleem of wens"), blank=True)
    teams = models.ManyToManyField(
        Team, blank=True, related_name="speerpunten", verbose_name=_("teams")
    )
    eigenaar = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="speerpunten_als_eigenaar",
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
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    updated_at = models.DateTimeField(_("laatst gewijzigd"), auto_now=True)

    objects = SpeerpuntQuerySet.as_manager()

    class Meta:
        verbose_name = _("speerpunt")
        verbose_name_plural = _("speerpunten")
        ordering = ["school", "volgorde", "pk"]
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

    @property
    def huidige_cyclus(self):
        return self.cycli.order_by("-nummer").first()


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
