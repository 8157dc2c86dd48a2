"""A theme whose report sections cannot be loaded is reported by ``manage.py check``; the key
figures then show the theme's section as unavailable instead of failing."""

from django.core import checks

from outreach.themes.info import ThemeInfo
from outreach.themes.registry import all_themes

from .sections import theme_sections


@checks.register()
def check_theme_report_sections(app_configs=None, **kwargs):
    errors = []
    for theme in all_themes():
        if not isinstance(theme.theme, ThemeInfo):
            continue  # themes.E001 already says so
        try:
            theme_sections(theme)
        except Exception as error:  # noqa: BLE001 - any failure is the plugin's problem
            errors.append(
                checks.Error(
                    f"Theme plugin {theme.name}: its report sections cannot be used ({error!r}).",
                    hint="reports.py must define SECTIONS = [ReportSection subclasses] "
                    "(see docs/plugins.md).",
                    obj=theme.name,
                    id="themes.E011",
                )
            )
    return errors
