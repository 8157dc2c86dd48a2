"""Validation of the theme answers an encounter carries, across every theme.

The shape, on the wire and in ``Encounter.answers``::

    {"<theme slug>": {"schema_version": 1, "answers": {"<field key>": value, ...}}, ...}
"""

from django.core.exceptions import ValidationError
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from .registry import get_theme


def clean_encounter_answers(raw, themes, *, occurred_at=None):
    """Clean the answers of every theme in ``raw``; ``themes`` are the encounter's theme slugs.

    ``occurred_at`` is when the encounter happened: answers made with a theme's previous schema
    version are accepted only while that is within ``THEME_SCHEMA_GRACE_DAYS``. Returns the
    cleaned dict in the stored shape. Raises ``ValidationError`` naming the theme and the field for
    anything wrong, so the worker can see what to fix.
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
        if not theme.is_usable():
            # Refused, not dropped: the record stays on the device until the theme is fixed.
            errors.append(
                ValidationError(
                    format_lazy(
                        _("{theme}: this theme cannot be used right now; try again later."),
                        theme=theme.theme.name,
                    ),
                    code="theme_unavailable",
                )
            )
            continue
        try:
            answers = theme.clean_answers(
                entry.get("answers", {}), entry.get("schema_version"), occurred_at=occurred_at
            )
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


def describe_answers(stored):
    """Stored answers as labelled rows for people, in the active language.

    Each theme's answers are read with the schema version they were made with, so records from an
    older form keep their own labels. A theme that is no longer installed shows its raw values.
    Returns ``[{"slug", "theme", "schema_version", "answers": [{"key", "label", "value"}]}]``.
    """
    sections = []
    for slug, entry in (stored or {}).items():
        theme = get_theme(slug)
        version = entry.get("schema_version")
        specs = (theme.fields_for(version) if theme else None) or []
        by_key = {spec.key: spec for spec in specs}
        rows = []
        for key, value in entry.get("answers", {}).items():
            spec = by_key.get(key)
            rows.append(
                {
                    "key": key,
                    "label": str(spec.label) if spec else key,
                    "value": spec.display(value) if spec else str(value),
                }
            )
        sections.append(
            {
                "slug": slug,
                "theme": theme.theme.name if theme else slug,
                "schema_version": version,
                "answers": rows,
            }
        )
    return sections
