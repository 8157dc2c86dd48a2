from django.utils.translation import gettext_lazy as _

from outreach.themes.info import ThemeInfo
from outreach.themes.plugin import ThemePlugin


class LonelinessTheme(ThemePlugin):
    name = "tuuli_loneliness"
    label = "theme_loneliness"
    verbose_name = _("Loneliness")
    theme = ThemeInfo(
        slug="loneliness",
        names={"fi": "Yksinäisyys", "sv": "Ensamhet", "en": "Loneliness"},
        colour="#2f6f4f",
        icon="user",
        version="2.0.0",
    )
