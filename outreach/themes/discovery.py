"""Find theme plugins installed with pip, before Django is set up.

A pip-installed theme declares, in its ``pyproject.toml``::

    [project.entry-points."tuuli.themes"]
    loneliness = "tuuli_loneliness"

and settings add each value (a Django app module path) to ``INSTALLED_APPS``. This module must not
import anything from Django's app registry: it runs while settings are being read. An entry point
whose module cannot be found is left out and reported by the ``themes.E007`` system check, so one
broken package never stops the site.
"""

from importlib.metadata import entry_points
from importlib.util import find_spec

ENTRY_POINT_GROUP = "tuuli.themes"

#: (entry point name, module, reason) for announced themes that could not be added.
unusable_entry_points = []


def _importable(module):
    try:
        return find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def installed_theme_apps(exclude=()):
    """Return the app module paths announced in the ``tuuli.themes`` entry-point group."""
    apps = []
    unusable_entry_points.clear()
    for entry_point in entry_points(group=ENTRY_POINT_GROUP):
        module = entry_point.value.split(":")[0].strip()
        if module in exclude or module in apps:
            continue
        if not _importable(module):
            unusable_entry_points.append((entry_point.name, module, "module not found"))
            continue
        apps.append(module)
    return apps
