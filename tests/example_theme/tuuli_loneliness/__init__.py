"""Loneliness: an example third-party theme plugin for Tuuli (see docs/plugins.md)."""
