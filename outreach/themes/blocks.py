"""Wagtail StreamField blocks contributed by theme plugins.

A theme lists its blocks in ``blocks.py`` as ``BLOCKS = [("name", block_instance), ...]``. Their
keys are prefixed with the theme's slug so two themes never collide. Pages hold them in a
:class:`ThemeStreamField`; blocks any theme may reuse live in :mod:`outreach.themes.shared_blocks`.
"""

import logging
from functools import cached_property
from importlib import import_module
from importlib.util import find_spec

from django.db import models
from wagtail.blocks import Block, StreamBlock
from wagtail.blocks.definition_lookup import BlockDefinitionLookupBuilder
from wagtail.fields import StreamField

from .registry import all_themes, enabled_themes

logger = logging.getLogger(__name__)


def theme_blocks(theme):
    """The theme's (prefixed key, block) pairs. Raises whatever a broken ``blocks.py`` raises."""
    module_name = f"{theme.name}.blocks"
    try:
        if find_spec(module_name) is None:
            return []
    except ModuleNotFoundError:  # the theme's package itself is gone: themes.E003 says so
        return []
    prefix = theme.slug.replace("-", "_")
    pairs = list(import_module(module_name).BLOCKS)
    if not all(_is_block_pair(pair) for pair in pairs):
        raise TypeError("BLOCKS must be a list of (name, Block instance) pairs")
    return [(f"{prefix}_{name}", block) for name, block in pairs]


def _is_block_pair(pair):
    return (
        isinstance(pair, tuple)
        and len(pair) == 2
        and isinstance(pair[0], str)
        and pair[0].isidentifier()
        and isinstance(pair[1], Block)
    )


def theme_block_choices(include_disabled=False):
    """(key, block) pairs for a StreamField: enabled themes only, unless rendering old content.

    A theme whose blocks are broken is left out (``manage.py check`` reports it as themes.E010),
    so one bad plugin never stops the pages from loading.
    """
    themes = all_themes() if include_disabled else enabled_themes()
    pairs = []
    for theme in themes:
        try:
            pairs += theme_blocks(theme)
        except Exception:  # noqa: BLE001 - reported by the system check instead
            logger.exception("Blocks of theme %s left out", theme.name)
    return pairs


def disabled_theme_block_names():
    enabled = {name for name, _block in theme_block_choices()}
    return [
        name for name, _block in theme_block_choices(include_disabled=True) if name not in enabled
    ]


class ThemeStreamField(StreamField):
    """A StreamField with the page's own blocks plus the blocks of every installed theme.

    ``ThemeStreamField([("text", RichTextBlock()), ...], blank=True)``. Theme blocks are added at
    run time and left out of migrations, so installing or removing a theme package never needs a
    migration. Blocks of a disabled theme still render where they were used but cannot be added
    (their block count is limited to 0); a removed theme's blocks are skipped when rendering.
    """

    @cached_property
    def own_stream_block(self):
        return StreamField.stream_block.func(self)

    @cached_property
    def stream_block(self):
        own = self.own_stream_block
        counts = dict(own.meta.block_counts or {})
        counts.update({name: {"max_num": 0} for name in disabled_theme_block_names()})
        block = StreamBlock(
            list(own.child_blocks.items()) + theme_block_choices(include_disabled=True)
        )
        block.set_meta_options({**self.block_opts, "block_counts": counts})
        return block

    def deconstruct(self):
        name, path, _args, kwargs = models.Field.deconstruct(self)
        lookup = BlockDefinitionLookupBuilder()
        block_types = [
            (block_name, lookup.add_block(block))
            for block_name, block in self.own_stream_block.child_blocks.items()
        ]
        kwargs["block_lookup"] = lookup.get_lookup_as_dict()
        return name, path, [block_types], kwargs
