"""Gesprekskaarten: browse them, and put one on the agenda of a PLG meeting."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from kennisbank.models import Vragenset
from plg.tests.factories import BijeenkomstFactory


def test_outsider_gets_404(client, school, outsider):
    client.force_login(outsider)
    vragenset = Vragenset.objects.first()
    assert client.get(reverse("kennisbank:vragensets", args=[school.pk])).status_code == 404
    url = reverse("kennisbank:vragenset", args=[school.pk, vragenset.pk])
    assert client.get(url).status_code == 404


def test_browse_by_theme(client, school, teamlid, django_assert_max_num_queries):
    client.force_login(teamlid)
    with django_assert_max_num_queries(9):
        response = client.get(reverse("kennisbank:vragensets", args=[school.pk]))
    for kop in ("Kwaliteit en doelen", "Samenwerking", "Verbeteren en leren", "Leiderschap"):
        assert f">{kop}</h2>" in response.text
    assert "Onderzoekende houding" in response.text
    assert "Leren van elkaar" in response.text


def test_a_plg_member_sees_their_coming_meetings_to_add_the_set_to(client, school, kartrekker, plg):
    komend = BijeenkomstFactory(plg=plg, start=timezone.now() + timedelta(days=3))
    BijeenkomstFactory(plg=plg, start=timezone.now() - timedelta(days=3))
    vragenset = Vragenset.objects.get(titel="Feedback die helpt")
    client.force_login(kartrekker)
    response = client.get(reverse("kennisbank:vragenset", args=[school.pk, vragenset.pk]))
    doel = reverse("plg:bijeenkomst", args=[school.pk, plg.pk, komend.pk])
    assert response.text.count('name="actie" value="vragenset"') == 1
    assert f'action="{doel}"' in response.text
    for vraag in vragenset.vragen.all():
        assert vraag.tekst in response.text


def test_the_set_lands_on_the_agenda(client, school, kartrekker, plg):
    bijeenkomst = BijeenkomstFactory(plg=plg, start=timezone.now() + timedelta(days=3))
    vragenset = Vragenset.objects.get(titel="Feedback die helpt")
    client.force_login(kartrekker)
    client.post(
        reverse("plg:bijeenkomst", args=[school.pk, plg.pk, bijeenkomst.pk]),
        {"actie": "vragenset", "vragenset": vragenset.pk},
    )
    agenda = list(bijeenkomst.agendapunten.values_list("tekst", flat=True))
    assert vragenset.vragen.first().tekst in agenda


def test_someone_outside_a_plg_gets_an_explanation(client, school, teamlid):
    vragenset = Vragenset.objects.first()
    client.force_login(teamlid)
    response = client.get(reverse("kennisbank:vragenset", args=[school.pk, vragenset.pk]))
    assert "geen komende PLG-bijeenkomsten" in response.text
