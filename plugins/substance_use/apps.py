from django.utils.translation import gettext_lazy as _

from outreach.themes.info import ThemeInfo
from outreach.themes.plugin import ThemePlugin


class SubstanceUseTheme(ThemePlugin):
    name = "plugins.substance_use"
    label = "theme_substance_use"
    verbose_name = _("Substance use")
    theme = ThemeInfo(
        slug="substance-use",
        names={"fi": "Päihteet", "sv": "Rusmedel", "en": "Substance use"},
        colour="#7a4f01",
        icon="glass",
        version="1.0.0",
    )
