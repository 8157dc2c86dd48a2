from django.utils.translation import gettext_lazy as _

from outreach.themes.info import ThemeInfo
from outreach.themes.plugin import ThemePlugin


class ViolenceTheme(ThemePlugin):
    name = "plugins.violence"
    label = "theme_violence"
    verbose_name = _("Intimate-partner and domestic violence")
    theme = ThemeInfo(
        slug="violence",
        names={
            "fi": "Lähisuhdeväkivalta",
            "sv": "Våld i nära relationer",
            "en": "Intimate-partner and domestic violence",
        },
        colour="#a3212b",
        icon="shield",
        version="1.0.0",
        quick_exit=True,
    )
