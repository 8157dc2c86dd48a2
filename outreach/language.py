"""The reader's language, and a field in it: one definition for the models that keep a text per
language (``name_fi``, ``name_sv``, ``name_en``) and fall back to Finnish."""

from django.utils.translation import get_language


def reader_language():
    """The two-letter code of the language being served; Finnish when none is active."""
    return (get_language() or "fi")[:2]


def in_reader_language(obj, field, fallback=None):
    """``obj.<field>_<language>`` in the reader's language, else ``fallback`` (``<field>_fi``)."""
    return getattr(obj, f"{field}_{reader_language()}", "") or getattr(
        obj, fallback or f"{field}_fi"
    )
