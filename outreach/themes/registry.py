"""The registry is a scan of installed apps: every AppConfig that is a ThemePlugin is a theme."""

from django.apps import apps

from .plugin import ThemePlugin


def all_themes():
    """Every installed theme, enabled or not (stored data and reports keep disabled ones)."""
    return [
        config
        for config in apps.get_app_configs()
        if isinstance(config, ThemePlugin) and config.theme is not None
    ]


def enabled_themes():
    """Themes offered in forms and new pages in this deployment: not disabled, and not broken
    (a theme whose encounter module fails is left out and reported by ``manage.py check``)."""
    return [theme for theme in all_themes() if theme.enabled and theme.is_usable()]


def get_theme(slug):
    """The theme with ``slug``, or ``None``."""
    return next((theme for theme in all_themes() if theme.slug == slug), None)
