"""What every e-mail the product sends has in common."""

ONDERWERP_MAX = 150


def onderwerpregel(tekst: str) -> str:
    """A subject that is always one header line: any run of whitespace, line breaks included,
    becomes one space, and a long one is cut with an ellipsis. Subjects are built from titles
    people typed, and a line break in a header makes Django refuse the whole message."""
    regel = " ".join(str(tekst).split())
    if len(regel) <= ONDERWERP_MAX:
        return regel
    return regel[: ONDERWERP_MAX - 1].rstrip() + "…"
