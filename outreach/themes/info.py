"""Typed metadata every theme plugin declares."""

import re
from dataclasses import dataclass, field

from outreach.language import reader_language

REQUIRED_LANGUAGES = ("fi", "sv", "en")
SLUG_PATTERN = re.compile(r"^[a-z][a-z0-9-]{1,39}$")
COLOUR_PATTERN = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True)
class ThemeInfo:
    """What a theme is called and how it looks. Names are given in every interface language."""

    slug: str
    names: dict[str, str]
    colour: str
    icon: str
    version: str
    descriptions: dict[str, str] = field(default_factory=dict)
    #: Public pages of the theme get a quick-exit control (e.g. intimate-partner violence).
    quick_exit: bool = False

    @property
    def name(self):
        """The name in the active language, falling back to Finnish."""
        return self.names.get(reader_language()) or self.names.get("fi") or self.slug

    @property
    def description(self):
        return self.descriptions.get(reader_language()) or self.descriptions.get("fi", "")

    def problems(self):
        """Human-readable problems with this metadata; empty when it is valid."""
        found = []
        if not isinstance(self.slug, str) or not SLUG_PATTERN.match(self.slug):
            found.append(f"slug {self.slug!r} must be lowercase letters, digits and hyphens (2-40)")
        missing = [lang for lang in REQUIRED_LANGUAGES if not (self.names or {}).get(lang)]
        if missing:
            found.append(f"names missing for languages: {', '.join(missing)}")
        if not isinstance(self.colour, str) or not COLOUR_PATTERN.match(self.colour):
            found.append(f"colour {self.colour!r} must be a #rrggbb hex colour")
        if not self.icon:
            found.append("icon must be set")
        if not self.version:
            found.append("version must be set")
        return found
