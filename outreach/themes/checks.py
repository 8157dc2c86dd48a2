"""System checks that report a broken theme plugin instead of crashing (``manage.py check``)."""

from django.apps import apps
from django.conf import settings
from django.core import checks

from .blocks import theme_blocks
from .discovery import unusable_entry_points
from .fields import FieldSpec
from .guidance import GuidanceRule
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
    errors += _field_list_errors(plugin, fields, "FIELDS", "themes.E005")
    if errors:
        return errors
    return _previous_schema_errors(plugin, module, version) + _guidance_errors(plugin, fields)


def _field_list_errors(plugin, fields, name, error_id):
    if not isinstance(fields, list | tuple):
        return [
            checks.Error(
                f"Theme plugin {plugin.name}: {name} must be a list of field specs.",
                obj=plugin.name,
                id=error_id,
            )
        ]
    errors, keys = [], []
    for spec in fields:
        if not isinstance(spec, FieldSpec):
            problems = [f"{spec!r} is not a field spec from outreach.themes.fields"]
        else:
            problems = spec.problems()
            keys.append(spec.key)
        errors += [
            checks.Error(f"Theme plugin {plugin.name}: {name}: {p}.", obj=plugin.name, id=error_id)
            for p in problems
        ]
    if len(keys) != len(set(keys)):
        errors.append(
            checks.Error(
                f"Theme plugin {plugin.name}: {name}: field keys must be unique.",
                obj=plugin.name,
                id=error_id,
            )
        )
    return errors


def _previous_schema_errors(plugin, module, version):
    previous = getattr(module, "PREVIOUS_SCHEMAS", {})
    if not isinstance(previous, dict):
        return [
            checks.Error(
                f"Theme plugin {plugin.name}: PREVIOUS_SCHEMAS must be a dict of "
                "{version: FIELDS}.",
                obj=plugin.name,
                id="themes.E008",
            )
        ]
    errors = []
    for old_version, fields in previous.items():
        if (
            isinstance(old_version, bool)
            or not isinstance(old_version, int)
            or not (1 <= old_version < version)
        ):
            errors.append(
                checks.Error(
                    f"Theme plugin {plugin.name}: PREVIOUS_SCHEMAS key {old_version!r} must be a "
                    f"version from 1 to {version - 1}.",
                    obj=plugin.name,
                    id="themes.E008",
                )
            )
            continue
        errors += _field_list_errors(
            plugin, fields, f"PREVIOUS_SCHEMAS[{old_version}]", "themes.E008"
        )
    upgrades = getattr(module, "UPGRADES", {})
    if not isinstance(upgrades, dict) or not all(
        version in previous and callable(upgrade) for version, upgrade in upgrades.items()
    ):
        errors.append(
            checks.Error(
                f"Theme plugin {plugin.name}: UPGRADES must map versions in PREVIOUS_SCHEMAS to "
                "functions.",
                obj=plugin.name,
                id="themes.E008",
            )
        )
    return errors


def _guidance_errors(plugin, fields):
    rules = getattr(plugin.encounter_module, "GUIDANCE", [])
    if not isinstance(rules, list | tuple):
        rules = [rules]
    errors, ids = [], []
    for rule in rules:
        if not isinstance(rule, GuidanceRule):
            problems = [f"{rule!r} is not a GuidanceRule from outreach.themes.guidance"]
        else:
            problems = rule.problems(fields)
            ids.append(rule.id)
        errors += [
            checks.Error(f"Theme plugin {plugin.name}: {p}.", obj=plugin.name, id="themes.E009")
            for p in problems
        ]
    if len(ids) != len(set(ids)):
        errors.append(
            checks.Error(
                f"Theme plugin {plugin.name}: guidance ids must be unique.",
                obj=plugin.name,
                id="themes.E009",
            )
        )
    return errors


def _block_errors(plugin):
    if not isinstance(plugin.theme, ThemeInfo):
        return []
    try:
        theme_blocks(plugin)
    except Exception as error:  # noqa: BLE001 - any failure is the plugin's problem
        return [
            checks.Error(
                f"Theme plugin {plugin.name}: its blocks cannot be used ({error!r}).",
                hint="blocks.py must define BLOCKS = [(name, Block instance), ...] "
                "(see docs/plugins.md). The theme's blocks are left out of pages until fixed.",
                obj=plugin.name,
                id="themes.E010",
            )
        ]
    return []


@checks.register()
def check_theme_plugins(app_configs=None, **kwargs):
    errors = []
    plugins = _theme_plugins()
    for plugin in plugins:
        metadata_errors = _metadata_errors(plugin)
        errors += metadata_errors
        if not metadata_errors:
            errors += _schema_errors(plugin)

    for plugin in plugins:
        errors += _block_errors(plugin)

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
