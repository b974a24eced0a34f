"""What monitoring answers in the gate of step 4 (registered in MonitoringConfig.ready)."""

from django.utils.translation import gettext_lazy as _

from cyclus.poort import registreer


def _monitoring_gedaan(speerpunt, cyclus) -> bool:
    return cyclus is not None and any(m.is_gesloten for m in cyclus.monitormomenten.all())


def registreer_punten() -> None:
    registreer(
        4,
        "monitoring",
        _("Er is minstens één monitormoment afgerond"),
        _monitoring_gedaan,
        volgorde=10,
    )
