from django.utils.translation import gettext_lazy as _

from outreach.themes.info import ThemeInfo
from outreach.themes.plugin import ThemePlugin


class GamblingTheme(ThemePlugin):
    name = "plugins.gambling"
    label = "theme_gambling"
    verbose_name = _("Gambling")
    theme = ThemeInfo(
        slug="gambling",
        names={"fi": "Rahapelaaminen", "sv": "Penningspel", "en": "Gambling"},
        colour="#5b3a8c",
        icon="dice",
        version="1.0.0",
    )
