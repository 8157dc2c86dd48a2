"""Validation of the theme answers an encounter carries, across every theme.

The shape, on the wire and in ``Encounter.answers``::

    {"<theme slug>": {"schema_version": 1, "answers": {"<field key>": value, ...}}, ...}
"""

from django.core.exceptions import ValidationError
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from .registry import get_theme


def clean_encounter_answers(raw, themes):
    """Clean the answers of every theme in ``raw``; ``themes`` are the encounter's theme slugs.

    Returns the cleaned dict in the stored shape. Raises ``ValidationError`` naming the theme and
    the field for anything wrong, so the worker can see what to fix.
    """
    if raw in (None, ""):
        raw = {}
    if not isinstance(raw, dict):
        raise ValidationError(_("Theme answers must be an object."), code="invalid")
    errors, cleaned = [], {}
    for slug, entry in raw.items():
        theme = get_theme(slug)
        if theme is None:
            errors.append(
                ValidationError(format_lazy(_("Unknown theme: {slug}."), slug=slug), code="theme")
            )
            continue
        if slug not in themes:
            errors.append(
                ValidationError(
                    format_lazy(
                        _("{theme}: answers given but the theme is not chosen."),
                        theme=theme.theme.name,
                    ),
                    code="theme",
                )
            )
            continue
        if not isinstance(entry, dict):
            errors.append(ValidationError(_("Theme answers must be an object."), code="invalid"))
            continue
        try:
            answers = theme.clean_answers(entry.get("answers", {}), entry.get("schema_version"))
        except ValidationError as error:
            errors.extend(error.error_list)
            continue
        cleaned[slug] = {
            "schema_version": entry.get("schema_version") or theme.schema_version,
            "answers": answers,
        }
    if errors:
        raise ValidationError(errors)
    return cleaned
