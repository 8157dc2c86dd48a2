"""Tests: fast, local pieces; tasks run synchronously; a fake geocoder, never the network."""

import os

os.environ.setdefault("DEBUG", "false")
os.environ.setdefault("SECRET_KEY", "test-only-secret-key")
os.environ.setdefault("ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")

from .base import *  # noqa: E402,F403
from .base import BASE_DIR, Q_CLUSTER  # noqa: E402

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = BASE_DIR / "var" / "test-media"
TRAVEL_RECEIPTS_ROOT = BASE_DIR / "var" / "test-receipts"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
GEOCODER = "outreach.places.geocoding.FakeGeocoder"
Q_CLUSTER = {**Q_CLUSTER, "sync": True}
