"""Guidance rules: advice the worker sees on the spot when an answer calls for it.

A theme lists its rules as ``GUIDANCE`` in ``encounter.py``. The offline worker app evaluates them
from :meth:`GuidanceRule.to_json` as the worker answers; :meth:`GuidanceRule.applies` is the same
rule on the server. A rule names referral targets by their ``key`` (editable data in the admin),
never by phone number, so a changed number needs no code change.
"""

import re
from dataclasses import dataclass

from .fields import ChoiceSpec, YesNo

ID_PATTERN = re.compile(r"^[a-z][a-z0-9-]{1,59}$")


@dataclass(frozen=True)
class GuidanceRule:
    """Show ``title`` and ``text`` when the answer to ``field`` is ``value`` (or a list holds it).

    ``urgent`` rules are shown first and prominently (e.g. suicidal thoughts). ``theme`` is filled
    in by the plugin that lists the rule.
    """

    id: str
    field: str
    value: object
    title: str
    text: str
    referrals: tuple = ()
    urgent: bool = False
    theme: str = ""

    def applies(self, answers):
        answer = (answers or {}).get(self.field)
        if isinstance(answer, list):
            return self.value in answer
        return answer is not None and answer == self.value

    def to_json(self):
        return {
            "id": self.id,
            "theme": self.theme,
            "when": {"field": self.field, "value": self.value},
            "title": str(self.title),
            "text": str(self.text),
            "referrals": list(self.referrals),
            "urgent": self.urgent,
        }

    def problems(self, fields):
        """Problems with this rule against the theme's current ``fields``, for the system checks."""
        if not isinstance(self.id, str) or not ID_PATTERN.match(self.id):
            return [f"guidance id {self.id!r} must be lowercase letters, digits and hyphens"]
        found = []
        spec = next((spec for spec in fields if spec.key == self.field), None)
        if spec is None:
            found.append(f"guidance {self.id!r} refers to unknown field {self.field!r}")
        elif not _can_answer(spec, self.value):
            found.append(f"guidance {self.id!r}: {self.value!r} is not an answer to {self.field!r}")
        if not self.title or not self.text:
            found.append(f"guidance {self.id!r} needs a title and a text")
        if isinstance(self.referrals, str) or not all(isinstance(k, str) for k in self.referrals):
            found.append(f"guidance {self.id!r}: referrals must be a list of referral keys")
        return found


def _can_answer(spec, value):
    if isinstance(spec, ChoiceSpec):
        return value in spec.values
    if isinstance(spec, YesNo):
        return isinstance(value, bool)
    return False


def applicable_guidance(theme, answers):
    """The rules of ``theme`` triggered by its cleaned ``answers``, urgent ones first."""
    rules = [rule for rule in theme.guidance if rule.applies(answers)]
    return sorted(rules, key=lambda rule: not rule.urgent)
