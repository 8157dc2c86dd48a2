"""The demo command's part for the public site (see outreach/demo)."""

import logging

from django.db import transaction

from cms.demo.builder import build_site


def build(stdout):
    # Wagtail logs every page it creates and publishes; a hundred such lines hide the logins.
    wagtail_log = logging.getLogger("wagtail")
    level = wagtail_log.level
    wagtail_log.setLevel(logging.WARNING)
    try:
        with transaction.atomic():
            build_site()
    finally:
        wagtail_log.setLevel(level)
    stdout.write("Public site: every page type in Finnish, Swedish and English.")
