from outreach.formats.fi.formats import *  # noqa: F403
