"""Local development: debug on by default, console e-mail, SQLite and the ORM task broker."""

import os

os.environ.setdefault("DEBUG", "true")

from .base import *  # noqa: E402,F403
