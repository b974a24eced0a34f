"""Two states of a plan side by side: what was added, removed and changed per section."""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from .models import (
    Actie,
    Communicatiemoment,
    Doel,
    Evaluatiemoment,
    Mijlpaal,
    Randvoorwaarde,
    Verbeterplan,
)

# (key in the snapshot, heading, model whose field labels name the values, title field)
LIJSTEN = [
    ("doelen", _("Doelen"), Doel, "omschrijving"),
    ("acties", _("Acties"), Actie, "wat"),
    ("mijlpalen", _("Tijdpad"), Mijlpaal, "omschrijving"),
    ("communicatie", _("Communicatie"), Communicatiemoment, "omschrijving"),
    ("evaluatie", _("Evaluatie"), Evaluatiemoment, "omschrijving"),
    ("randvoorwaarden", _("Randvoorwaarden"), Randvoorwaarde, "soort"),
]
TEKSTEN = [
    ("aanpak", _("Aanpak"), {"uitrol": "uitrol", "sturing": "sturing",
                             "wat_iedereen_doet": "wat_iedereen_doet", "ruimte": "ruimte"}),
    ("veranderstrategie", _("Veranderstrategie"),
     {"strategie": "strategie", "toelichting": "strategie_toelichting"}),
    ("onderbouwing", _("Onderbouwing"), {"referenties": "referenties"}),
]  # fmt: skip


@dataclass
class Rij:
    """One row of the comparison: a part as it was in a and as it is in b."""

    soort: str  # "toegevoegd", "verwijderd", "gewijzigd"
    titel: str
    links: list[tuple[str, str]] = field(default_factory=list)
    rechts: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Sectie:
    titel: str
    rijen: list[Rij]


def _velden(data: dict, model) -> list[tuple[str, str]]:
    return [
        (str(model._meta.get_field(sleutel).verbose_name), str(waarde))
        for sleutel, waarde in data.items()
        if sleutel != "id" and waarde not in ("", None)
    ]


def vergelijk(a: dict, b: dict) -> list[Sectie]:
    """The sections that differ between snapshots a and b, each with its changed rows."""
    secties = []
    for sleutel, titel, model, titelveld in LIJSTEN:
        oud = {item["id"]: item for item in a.get(sleutel, [])}
        nieuw = {item["id"]: item for item in b.get(sleutel, [])}
        rijen = []
        for pk, item in oud.items():
            if pk not in nieuw:
                rijen.append(Rij("verwijderd", item[titelveld], links=_velden(item, model)))
            elif nieuw[pk] != item:
                anders = {k: v for k, v in item.items() if nieuw[pk].get(k) != v}
                rijen.append(
                    Rij(
                        "gewijzigd",
                        nieuw[pk][titelveld],
                        links=_velden(anders, model),
                        rechts=_velden({k: nieuw[pk].get(k, "") for k in anders}, model),
                    )
                )
        for pk, item in nieuw.items():
            if pk not in oud:
                rijen.append(Rij("toegevoegd", item[titelveld], rechts=_velden(item, model)))
        if rijen:
            secties.append(Sectie(str(titel), rijen))
    for sleutel, titel, velden in TEKSTEN:
        oud, nieuw = a.get(sleutel, {}), b.get(sleutel, {})
        rijen = []
        for veld, modelveld in velden.items():
            if oud.get(veld, "") != nieuw.get(veld, ""):
                label = str(Verbeterplan._meta.get_field(modelveld).verbose_name)
                rijen.append(
                    Rij(
                        "gewijzigd",
                        label,
                        links=[(label, oud.get(veld, ""))],
                        rechts=[(label, nieuw.get(veld, ""))],
                    )
                )
        if rijen:
            secties.append(Sectie(str(titel), rijen))
    return secties
