import pytest
from django.core.exceptions import ValidationError

from outreach.themes.answers import clean_encounter_answers


def test_answers_of_a_chosen_theme_are_cleaned_with_their_schema_version():
    raw = {"violence": {"schema_version": 1, "answers": {"children_in_household": True}}}
    cleaned = clean_encounter_answers(raw, ["violence"])
    assert cleaned == {
        "violence": {"schema_version": 1, "answers": {"children_in_household": True}}
    }


@pytest.mark.parametrize(
    "raw, themes",
    [
        ({"nonexistent": {"schema_version": 1, "answers": {}}}, ["nonexistent"]),
        ({"violence": {"schema_version": 1, "answers": {}}}, ["gambling"]),
        ({"violence": {"schema_version": 1, "answers": {"role": "nobody"}}}, ["violence"]),
        ({"violence": {"schema_version": 99, "answers": {}}}, ["violence"]),
        (["not", "an", "object"], []),
    ],
)
def test_bad_answers_are_refused_with_a_reason(raw, themes):
    with pytest.raises(ValidationError) as caught:
        clean_encounter_answers(raw, themes)
    assert all(str(message) for message in caught.value.messages)
