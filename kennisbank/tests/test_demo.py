from cyclus import demo as cyclus_demo
from kennisbank import demo as kennisbank_demo
from kennisbank.models import Bron, Bronkoppeling
from scholen import demo as scholen_demo


def test_demo_links_appraised_sources_to_the_demo_speerpunten(db):
    demo = scholen_demo.maak()
    cyclus_demo.vul(demo)
    kennisbank_demo.vul(demo)
    huiswerk = demo.speerpunten["baken", "huiswerk"]
    assert huiswerk.bronkoppelingen.count() == 3
    assert Bronkoppeling.objects.filter(speerpunt__school=demo.scholen["wilgenhoek"]).count() == 4
    assert not Bronkoppeling.objects.exclude(vertaalslag="").filter(actualiteit="").exists()
    eigen = Bron.objects.get(school=demo.scholen["baken"])
    assert eigen.voorgesteld
    assert not Bron.objects.zichtbaar_voor(demo.scholen["wilgenhoek"]).filter(pk=eigen.pk).exists()
