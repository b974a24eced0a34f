import pytest
from django.core.exceptions import ValidationError

from core.forms import IdMultipleChoiceField
from scholen.models import Team
from scholen.tests.factories import TeamFactory


@pytest.mark.parametrize("waarde", ["99999999999999999999", "-1", "２", "abc", "1\x00", ""])
def test_a_value_that_is_no_id_is_a_form_error(db, waarde):
    TeamFactory()
    field = IdMultipleChoiceField(queryset=Team.objects.all())
    with pytest.raises(ValidationError) as fout:
        field.clean([waarde])
    assert fout.value.messages == ["Kies uit de lijst."]


def test_real_ids_are_chosen(db):
    teams = [TeamFactory(), TeamFactory()]
    field = IdMultipleChoiceField(queryset=Team.objects.all())
    assert set(field.clean([str(t.pk) for t in teams])) == set(teams)
