from io import StringIO

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from plg.models import PLG, Actiepunt, ActiviteitSoort
from scholen.models import User


def test_demo_fills_the_workspaces_and_runs_twice(client, db):
    call_command("demo", stdout=StringIO())
    call_command("demo", stdout=StringIO())
    plg = PLG.objects.get(leden__user__email="sanne@baken.example.nl", leden__rol="kartrekker")
    assert plg.bijeenkomsten.count() == 4
    assert plg.volgende_bijeenkomst() is not None
    assert plg.tussenstanden.filter(reacties__isnull=False).exists()
    assert Actiepunt.objects.overdue(timezone.localdate()).exists()
    # The demo made its rows directly to backdate them; their feed is there all the same.
    assert {a.soort for a in plg.activiteiten.all()} == set(ActiviteitSoort.values)
    client.force_login(User.objects.get(email="sanne@baken.example.nl"))
    school = plg.school.pk
    for naam in ["werkruimte", "analyse", "tussenstanden", "activiteit", "leden", "bijeenkomsten"]:
        assert client.get(reverse(f"plg:{naam}", args=[school, plg.pk])).status_code == 200
    assert "Leesbevordering" in client.get(reverse("plg:expertise", args=[school])).text
