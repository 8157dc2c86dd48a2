"""The demo site: real text about Tuuli in Finnish, Swedish and English (``content``) and the
builder that turns it into pages and snippets (``builder``)."""
