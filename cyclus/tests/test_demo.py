from django.urls import reverse

from cyclus import demo as cyclus_demo
from scholen import demo as scholen_demo


def test_demo_dashboards_show_speerpunten_in_all_five_columns(client, db):
    demo = scholen_demo.maak()
    cyclus_demo.vul(demo)
    for school_key, leider in [("baken", "marieke"), ("wilgenhoek", "petra")]:
        client.force_login(demo.mensen[leider])
        response = client.get(reverse("cyclus:dashboard", args=[demo.scholen[school_key].pk]))
        assert all(kolom for _stap, kolom in response.context["kolommen"]), school_key
    huiswerk = demo.speerpunten["baken", "huiswerk"]
    assert huiswerk.plg.leden.get(rol="kartrekker").user == demo.mensen["sanne"]
    assert huiswerk.transities.filter(soort="terug").exists()
    lezen = demo.speerpunten["wilgenhoek", "lezen"]
    assert lezen.plg.leden.get(rol="kartrekker").user == demo.mensen["naima"]
    assert demo.speerpunten["wilgenhoek", "rekenen"].cycli.count() == 2
