"""Reading the version a shared-text form was opened with, as a browser would send it back."""

import re


def versie_uit(html: str, naam: str = "base_version") -> dict[str, str]:
    """The hidden version field of the form in `html` (with its prefix), as post data."""
    gevonden = re.search(rf'name="((?:[\w-]+-)?{naam})" value="([^"]*)"', html)
    assert gevonden, f"no {naam} in the page"
    return {gevonden.group(1): gevonden.group(2)}


def geopende_versie(client, url: str, naam: str = "base_version") -> dict[str, str]:
    """Opens `url` as the logged-in person and returns its form's version as post data."""
    return versie_uit(client.get(url).text, naam)
