#!/usr/bin/env python
import os
import sys

if __name__ == "__main__":
    # Production unless development is chosen explicitly (the Makefile does): a production
    # machine's migrate or qcluster must never run in debug.
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "outreach.settings.production")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
