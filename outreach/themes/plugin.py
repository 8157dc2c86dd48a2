"""The AppConfig base class every theme plugin subclasses."""

import dataclasses
import logging
from datetime import timedelta
from functools import cached_property
from importlib import import_module

from django.apps import AppConfig
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.functional import lazy
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from .info import ThemeInfo

logger = logging.getLogger(__name__)


class ThemePlugin(AppConfig):
    """A theme: set ``theme`` to a :class:`ThemeInfo`; put the encounter fields in ``encounter.py``.

    ``encounter.py`` defines ``SCHEMA_VERSION`` (a positive int), ``FIELDS`` (a list of
    :mod:`outreach.themes.fields` specs), optionally ``PREVIOUS_SCHEMAS`` (``{version: FIELDS}`` of
    versions devices may still send) and ``GUIDANCE`` (a list of
    :class:`outreach.themes.guidance.GuidanceRule`).
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

    @property
    def previous_schemas(self):
        """``{version: [field specs]}`` of older schemas still understood (grace, display)."""
        return dict(getattr(self.encounter_module, "PREVIOUS_SCHEMAS", {}))

    def fields_for(self, schema_version):
        """The field specs of ``schema_version``, or ``None`` when this theme never had it."""
        if schema_version == self.schema_version:
            return self.fields
        previous = self.previous_schemas.get(schema_version)
        return list(previous) if previous is not None else None

    def is_usable(self):
        """Whether the theme's encounter module works; ``manage.py check`` says what is wrong."""
        try:
            self.schema_json()
        except Exception:  # noqa: BLE001 - a broken plugin is left out, not allowed to crash
            logger.exception(
                "Theme %s left out of forms: its encounter module is broken", self.name
            )
            return False
        return True

    def current_answers(self, entry):
        """One stored ``{"schema_version", "answers"}`` entry in the current schema's shape.

        ``UPGRADES`` in encounter.py (``{old version: function(answers) -> current answers}``)
        translates old records for reports; without one, old answers are used as stored, so keys
        and values the schemas share still count.
        """
        if not entry:
            return {}
        answers = entry.get("answers") or {}
        version = entry.get("schema_version")
        upgrade = getattr(self.encounter_module, "UPGRADES", {}).get(version)
        if version != self.schema_version and upgrade is not None:
            return upgrade(dict(answers))
        return answers

    @property
    def guidance(self):
        """Guidance rules shown to the worker on the spot (``GUIDANCE`` in encounter.py)."""
        rules = getattr(self.encounter_module, "GUIDANCE", [])
        return [dataclasses.replace(rule, theme=self.slug) for rule in rules]

    def schema_json(self):
        """What the worker app renders: metadata and field specs in the active language."""
        return {
            "slug": self.theme.slug,
            "name": self.theme.name,
            "colour": self.theme.colour,
            "icon": self.theme.icon,
            "version": self.theme.version,
            "quick_exit": self.theme.quick_exit,
            "schema_version": self.schema_version,
            "fields": [spec.to_json() for spec in self.fields],
            "guidance": [rule.to_json() for rule in self.guidance],
        }

    def clean_answers(self, answers, schema_version=None, *, occurred_at=None):
        """Validate one theme's answers against the schema they were made with.

        ``schema_version`` is the version the device rendered; ``None`` means the current one. A
        previous version is accepted while the record (``occurred_at``, default now) is at most
        ``THEME_SCHEMA_GRACE_DAYS`` old, so a device that was offline across an update can still
        sync; older records are refused with a reason and stay on the device. Raises
        ``ValidationError`` with one message per bad field; unknown keys are refused.
        """
        specs = self._specs_for_record(schema_version, occurred_at)
        if not isinstance(answers, dict):
            raise ValidationError(self._message(_("answers must be an object.")), code="invalid")
        errors, cleaned = [], {}
        unknown = sorted(set(answers) - {spec.key for spec in specs})
        if unknown:
            errors.append(
                ValidationError(
                    self._message(
                        format_lazy(_("unknown fields: {keys}."), keys=", ".join(unknown))
                    ),
                    code="unknown_field",
                )
            )
        for spec in specs:
            try:
                value = spec.clean(answers.get(spec.key))
            except ValidationError as error:
                errors.append(error)
                continue
            if value is not None:
                cleaned[spec.key] = value
        if errors:
            raise ValidationError(errors)
        return cleaned

    def _specs_for_record(self, schema_version, occurred_at):
        if schema_version is None:
            return self.fields
        if isinstance(schema_version, bool) or not isinstance(schema_version, int):
            raise ValidationError(
                self._message(_("the form version must be a whole number.")), code="invalid"
            )
        specs = self.fields_for(schema_version)
        if specs is None:
            raise ValidationError(
                self._message(
                    format_lazy(
                        _("form version {version} is unknown; update the app and log it again."),
                        version=schema_version,
                    )
                ),
                code="schema_version",
            )
        if schema_version != self.schema_version:
            grace = timedelta(days=settings.THEME_SCHEMA_GRACE_DAYS)
            if occurred_at is not None and timezone.now() - occurred_at > grace:
                raise ValidationError(
                    self._message(
                        format_lazy(
                            _(
                                "this record uses the old form version {version}, which is "
                                "accepted only for records at most {days} days old. Keep it on "
                                "the device and ask the coordinator."
                            ),
                            version=schema_version,
                            days=settings.THEME_SCHEMA_GRACE_DAYS,
                        )
                    ),
                    code="schema_expired",
                )
        return specs

    def _message(self, text):
        # Lazy like ``text``: the theme name follows the language the message is shown in.
        theme_name = lazy(lambda: self.theme.name, str)()
        return format_lazy("{theme}: {text}", theme=theme_name, text=text)
