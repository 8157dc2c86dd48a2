import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from outreach.themes.fields import MultipleChoice, SensitiveText, SingleChoice, SmallNumber, YesNo
from outreach.themes.registry import get_theme

TOPIC = SingleChoice("topic", "Topic", [("a", "A"), ("b", "B")], required=True)


def test_single_choice():
    assert TOPIC.clean("a") == "a"
    with pytest.raises(ValidationError):
        TOPIC.clean("c")
    with pytest.raises(ValidationError):
        TOPIC.clean(None)


def test_multiple_choice_keeps_schema_order():
    spec = MultipleChoice("s", "S", [("x", "X"), ("y", "Y"), ("z", "Z")])
    assert spec.clean(["z", "x"]) == ["x", "z"]
    with pytest.raises(ValidationError):
        spec.clean(["x", "nope"])
    with pytest.raises(ValidationError):
        spec.clean("x")


def test_yes_no_and_small_number_refuse_look_alikes():
    assert YesNo("k", "K").clean(True) is True
    with pytest.raises(ValidationError):
        YesNo("k", "K").clean("yes")
    number = SmallNumber("n", "N", max_value=10)
    assert number.clean(3) == 3
    for bad in (11, -1, 2.5, True, "3"):
        with pytest.raises(ValidationError):
            number.clean(bad)


@pytest.mark.parametrize(
    "text",
    ["Asiakas 131052-308T kävi", "soita 040 123 4567", "mail: joku@example.fi"],
)
def test_sensitive_text_refuses_identifiers_in_the_users_language(text):
    spec = SensitiveText("note", "Huomio")
    with translation.override("fi"):
        with pytest.raises(ValidationError) as error:
            spec.clean(text)
        # The message is lazy: read it while Finnish is still the active language.
        assert "nimettömiä" in str(error.value)


def test_theme_answers_are_validated_against_the_schema():
    violence = get_theme("violence")
    cleaned = violence.clean_answers(
        {"form": ["digital", "physical"], "children_in_household": True}
    )
    assert cleaned == {"form": ["physical", "digital"], "children_in_household": True}
    with pytest.raises(ValidationError) as error:
        violence.clean_answers({"form": ["slapping"], "colour": "red"})
    assert len(error.value.messages) == 2
