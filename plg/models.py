from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from cyclus.models import Speerpunt


class PLG(models.Model):
    """A professional learning community that works on one speerpunt, led by a kartrekker."""

    speerpunt = models.OneToOneField(
        Speerpunt, on_delete=models.CASCADE, related_name="plg", verbose_name=_("speerpunt")
    )
    naam = models.CharField(_("naam"), max_length=200)
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)

    class Meta:
        verbose_name = _("PLG")
        verbose_name_plural = _("PLG's")
        ordering = ["naam"]

    def __str__(self):
        return self.naam

    @property
    def school(self):
        return self.speerpunt.school


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
