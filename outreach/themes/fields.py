"""Typed encounter field specs.

One list of specs serves three uses: the server validates answers with :meth:`FieldSpec.clean`,
the offline worker app renders the form from :meth:`FieldSpec.to_json`, and reports aggregate the
:meth:`FieldSpec.report_buckets` of every reportable field.
"""

import re
from functools import cached_property

from django.core.exceptions import ValidationError
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from outreach.encounters.identifiers import find_identifiers

KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,39}$")


class FieldSpec:
    kind = ""
    reportable = True

    def __init__(self, key, label, *, required=False, help_text=""):
        self.key = key
        self.label = label
        self.required = required
        self.help_text = help_text

    def to_json(self):
        return {
            "key": self.key,
            "kind": self.kind,
            "label": str(self.label),
            "help_text": str(self.help_text),
            "required": self.required,
        }

    def clean(self, value):
        """Return the cleaned value, or ``None`` for an empty optional answer."""
        if value in (None, "", []):
            if self.required:
                raise ValidationError(
                    format_lazy(_("{field}: an answer is required."), field=self.label),
                    code="required",
                )
            return None
        return self.clean_value(value)

    def clean_value(self, value):
        raise NotImplementedError

    def report_buckets(self):
        """The (value, label) pairs a report counts for this field."""
        return []

    def display(self, value):
        """A stored answer as people read it, in the active language."""
        return str(value)

    def problems(self):
        """Problems with the spec itself, for the system checks."""
        if not isinstance(self.key, str) or not KEY_PATTERN.match(self.key):
            return [f"field key {self.key!r} must be lowercase letters, digits and underscores"]
        return []

    def invalid(self, message=None):
        return ValidationError(
            format_lazy(_("{field}: {problem}"), field=self.label, problem=message or _("invalid")),
            code="invalid",
        )


class ChoiceSpec(FieldSpec):
    def __init__(self, key, label, choices, **kwargs):
        super().__init__(key, label, **kwargs)
        self.choices = list(choices)

    @cached_property
    def values(self):
        # Read for every answer of every synced record: build it once.
        return [value for value, _label in self.choices]

    def to_json(self):
        return {
            **super().to_json(),
            "choices": [{"value": v, "label": str(label)} for v, label in self.choices],
        }

    def report_buckets(self):
        return self.choices

    def display(self, value):
        labels = dict(self.choices)
        values = value if isinstance(value, list) else [value]
        # A value an older schema had but this one lacks is shown as stored, not hidden.
        return ", ".join(str(labels.get(v, v)) for v in values)

    def problems(self):
        found = super().problems()
        if not self.choices:
            found.append(f"field {self.key!r} has no choices")
        if len(set(self.values)) != len(self.values):
            found.append(f"field {self.key!r} has duplicate choice values")
        return found


class SingleChoice(ChoiceSpec):
    kind = "single"

    def clean_value(self, value):
        if value not in self.values:
            raise self.invalid(_("not one of the choices."))
        return value


class MultipleChoice(ChoiceSpec):
    kind = "multiple"

    def clean_value(self, value):
        if not isinstance(value, list) or any(v not in self.values for v in value):
            raise self.invalid(_("not one of the choices."))
        # Keep the schema's order so equal answers compare equal.
        return [v for v in self.values if v in value]


class YesNo(FieldSpec):
    kind = "yesno"

    def clean_value(self, value):
        if not isinstance(value, bool):
            raise self.invalid(_("answer yes or no."))
        return value

    def report_buckets(self):
        return [(True, _("Yes")), (False, _("No"))]

    def display(self, value):
        return str(dict(self.report_buckets()).get(value, value))


class SmallNumber(FieldSpec):
    kind = "number"

    def __init__(self, key, label, *, min_value=0, max_value=99, **kwargs):
        super().__init__(key, label, **kwargs)
        self.min_value = min_value
        self.max_value = max_value

    def to_json(self):
        return {**super().to_json(), "min": self.min_value, "max": self.max_value}

    def clean_value(self, value):
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.invalid(_("enter a whole number."))
        if not self.min_value <= value <= self.max_value:
            raise self.invalid(
                format_lazy(
                    _("enter a number from {low} to {high}."),
                    low=self.min_value,
                    high=self.max_value,
                )
            )
        return value

    def report_buckets(self):
        return []


class SensitiveText(FieldSpec):
    """Short free text. Never reported; refused when it holds a personal identifier."""

    kind = "text"
    reportable = False

    def __init__(self, key, label, *, max_length=200, **kwargs):
        super().__init__(key, label, **kwargs)
        self.max_length = max_length

    def to_json(self):
        return {**super().to_json(), "max_length": self.max_length, "sensitive": True}

    def clean_value(self, value):
        if not isinstance(value, str):
            raise self.invalid()
        value = value.strip()
        if len(value) > self.max_length:
            raise self.invalid(format_lazy(_("at most {count} characters."), count=self.max_length))
        found = find_identifiers(value)
        if found:
            raise self.invalid(
                format_lazy(
                    _("remove {what}: encounters are anonymous."),
                    what=", ".join(str(kind) for kind in found),
                )
            )
        return value
