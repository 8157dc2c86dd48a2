"""Wagtail StreamField blocks contributed by theme plugins.

A theme lists its blocks in ``blocks.py`` as ``BLOCKS = [("name", block_instance), ...]``. Their
keys are prefixed with the theme's slug so two themes never collide.
"""

from importlib import import_module
from importlib.util import find_spec

from .registry import all_themes, enabled_themes


def _theme_blocks(theme):
    module_name = f"{theme.name}.blocks"
    if find_spec(module_name) is None:
        return []
    prefix = theme.slug.replace("-", "_")
    return [(f"{prefix}_{name}", block) for name, block in import_module(module_name).BLOCKS]


def theme_block_choices(include_disabled=False):
    """(key, block) pairs for a StreamField: enabled themes only, unless rendering old content."""
    themes = all_themes() if include_disabled else enabled_themes()
    return [pair for theme in themes for pair in _theme_blocks(theme)]
