"""The demo command's part for the public site (see outreach/demo)."""

from django.db import transaction

from cms.demo.builder import build_site


def build(stdout):
    with transaction.atomic():
        build_site()
    stdout.write("Public site: every page type in Finnish, Swedish and English.")
