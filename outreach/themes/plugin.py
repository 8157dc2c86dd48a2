"""The AppConfig base class every theme plugin subclasses."""

from functools import cached_property
from importlib import import_module

from django.apps import AppConfig
from django.conf import settings
from django.core.exceptions import ValidationError

from .info import ThemeInfo


class ThemePlugin(AppConfig):
    """A theme: set ``theme`` to a :class:`ThemeInfo`; put the encounter fields in ``encounter.py``.

    ``encounter.py`` defines ``SCHEMA_VERSION`` (a positive int) and ``FIELDS`` (a list of
    :mod:`outreach.themes.fields` specs).
    """

    theme: ThemeInfo = None
    # Django picks the one AppConfig in a plugin's apps.py that is not marked default = False.
    # The imported base class must not count; every subclass must.
    default = False

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "default" not in cls.__dict__:
            cls.default = True

    @property
    def slug(self):
        return self.theme.slug

    @property
    def enabled(self):
        return self.theme.slug not in settings.DISABLED_THEMES

    @cached_property
    def encounter_module(self):
        return import_module(f"{self.name}.encounter")

    @property
    def schema_version(self):
        return self.encounter_module.SCHEMA_VERSION

    @property
    def fields(self):
        return list(self.encounter_module.FIELDS)

    def schema_json(self):
        """What the worker app renders: metadata and field specs in the active language."""
        return {
            "slug": self.theme.slug,
            "name": self.theme.name,
            "colour": self.theme.colour,
            "icon": self.theme.icon,
            "version": self.theme.version,
            "schema_version": self.schema_version,
            "fields": [spec.to_json() for spec in self.fields],
            "guidance": [rule.to_json() for rule in self.guidance],
        }

    @property
    def guidance(self):
        """Guidance rules shown to the worker on the spot (``GUIDANCE`` in encounter.py)."""
        return list(getattr(self.encounter_module, "GUIDANCE", []))

    def clean_answers(self, answers, schema_version=None):
        """Validate one theme's answers against its schema; return the cleaned dict.

        ``schema_version`` is the version the device rendered; ``None`` means the current one.
        Raises ``ValidationError`` with one message per bad field; unknown keys are refused.
        """
        if schema_version is not None and schema_version != self.schema_version:
            raise ValidationError(
                self._message(f"schema version {schema_version} is no longer accepted"),
                code="schema_version",
            )
        if not isinstance(answers, dict):
            raise ValidationError(self._message("answers must be an object"), code="invalid")
        specs = {spec.key: spec for spec in self.fields}
        errors, cleaned = [], {}
        unknown = sorted(set(answers) - set(specs))
        if unknown:
            errors.append(ValidationError(self._message(f"unknown fields {', '.join(unknown)}")))
        for key, spec in specs.items():
            try:
                value = spec.clean(answers.get(key))
            except ValidationError as error:
                errors.append(error)
                continue
            if value is not None:
                cleaned[key] = value
        if errors:
            raise ValidationError(errors)
        return cleaned

    def _message(self, text):
        return f"{self.theme.name}: {text}"
