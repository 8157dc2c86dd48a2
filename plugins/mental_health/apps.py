from django.utils.translation import gettext_lazy as _

from outreach.themes.info import ThemeInfo
from outreach.themes.plugin import ThemePlugin


class MentalHealthTheme(ThemePlugin):
    name = "plugins.mental_health"
    label = "theme_mental_health"
    verbose_name = _("Mental health")
    theme = ThemeInfo(
        slug="mental-health",
        names={"fi": "Mielenterveys", "sv": "Psykisk hälsa", "en": "Mental health"},
        colour="#1d6fa3",
        icon="heart",
        version="1.0.0",
    )
