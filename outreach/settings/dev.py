"""Local development: debug on by default, console e-mail, SQLite and the ORM task broker."""

import os
from pathlib import Path

import environ

# DEBUG from the environment or .env wins (an explicit DEBUG=false stays off); only its absence
# means debug.
environ.Env.read_env(Path(__file__).resolve().parents[2] / ".env", overwrite=False)
os.environ.setdefault("DEBUG", "true")

from .base import *  # noqa: E402,F403
