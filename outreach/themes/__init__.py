"""The theme plugin contract: metadata, encounter field specs, discovery, registry and checks.

A theme is an ordinary Django app whose AppConfig subclasses :class:`ThemePlugin`. See
``docs/plugins.md``.
"""
