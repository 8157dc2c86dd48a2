"""System checks that report a broken theme plugin instead of crashing (``manage.py check``)."""

from django.apps import apps
from django.conf import settings
from django.core import checks

from .discovery import unusable_entry_points
from .fields import FieldSpec
from .info import ThemeInfo
from .plugin import ThemePlugin


def _theme_plugins():
    return [config for config in apps.get_app_configs() if isinstance(config, ThemePlugin)]


def _metadata_errors(plugin):
    if not isinstance(plugin.theme, ThemeInfo):
        return [
            checks.Error(
                f"Theme plugin {plugin.name} has no ThemeInfo in its 'theme' attribute.",
                hint="Set theme = ThemeInfo(...) on the AppConfig (see docs/plugins.md).",
                obj=plugin.name,
                id="themes.E001",
            )
        ]
    return [
        checks.Error(f"Theme plugin {plugin.name}: {problem}.", obj=plugin.name, id="themes.E002")
        for problem in plugin.theme.problems()
    ]


def _schema_errors(plugin):
    try:
        module = plugin.encounter_module
    except Exception as error:  # noqa: BLE001 - any import failure is the plugin's problem
        return [
            checks.Error(
                f"Theme plugin {plugin.name}: its encounter module cannot be imported ({error!r}).",
                hint="Add encounter.py with SCHEMA_VERSION and FIELDS (see docs/plugins.md).",
                obj=plugin.name,
                id="themes.E003",
            )
        ]
    errors = []
    version = getattr(module, "SCHEMA_VERSION", None)
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        errors.append(
            checks.Error(
                f"Theme plugin {plugin.name}: SCHEMA_VERSION must be a positive integer.",
                obj=plugin.name,
                id="themes.E004",
            )
        )
    fields = getattr(module, "FIELDS", None)
    if not isinstance(fields, list | tuple):
        return errors + [
            checks.Error(
                f"Theme plugin {plugin.name}: FIELDS must be a list of field specs.",
                obj=plugin.name,
                id="themes.E005",
            )
        ]
    keys = []
    for spec in fields:
        if not isinstance(spec, FieldSpec):
            problems = [f"{spec!r} is not a field spec from outreach.themes.fields"]
        else:
            problems = spec.problems()
            keys.append(spec.key)
        errors += [
            checks.Error(f"Theme plugin {plugin.name}: {p}.", obj=plugin.name, id="themes.E005")
            for p in problems
        ]
    if len(keys) != len(set(keys)):
        errors.append(
            checks.Error(
                f"Theme plugin {plugin.name}: field keys must be unique.",
                obj=plugin.name,
                id="themes.E005",
            )
        )
    return errors


@checks.register()
def check_theme_plugins(app_configs=None, **kwargs):
    errors = []
    plugins = _theme_plugins()
    for plugin in plugins:
        metadata_errors = _metadata_errors(plugin)
        errors += metadata_errors
        if not metadata_errors:
            errors += _schema_errors(plugin)

    slugs = [p.theme.slug for p in plugins if isinstance(p.theme, ThemeInfo)]
    for slug in sorted({s for s in slugs if slugs.count(s) > 1}):
        errors.append(
            checks.Error(
                f"Two theme plugins use the slug {slug!r}.",
                hint="Each theme needs its own slug; uninstall one of them.",
                id="themes.E006",
            )
        )

    for name, module, reason in unusable_entry_points:
        errors.append(
            checks.Error(
                f"Theme package entry point {name!r} names {module!r}: {reason}.",
                hint="Reinstall the theme package or remove it; it was left out of INSTALLED_APPS.",
                id="themes.E007",
            )
        )

    for slug in settings.DISABLED_THEMES:
        if slug not in slugs:
            errors.append(
                checks.Warning(
                    f"DISABLED_THEMES names {slug!r}, which no installed theme uses.",
                    id="themes.W001",
                )
            )
    return errors
