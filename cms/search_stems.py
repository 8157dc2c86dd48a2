"""Words as Snowball stems, for databases whose full-text search cannot stem a query's prefix.

The language is a text-search configuration name (``finnish``, ``swedish``, ``english``), which
is also a Snowball algorithm name.
"""

import operator
from functools import reduce

import snowballstemmer

from .search_query import words

FINNISH_VOWELS = frozenset("aeiouyäö")


def has_stemmer(config):
    return config in snowballstemmer.algorithms()


def stemmed(text, config):
    """The words of ``text`` as Snowball stems of the ``config`` language; other text as it is."""
    if not has_stemmer(config):
        return text
    # A stemmer keeps state while it works, so each call has its own (requests run in threads).
    return " ".join(snowballstemmer.stemmer(config).stemWords(w.lower() for w in words(text)))


def query_prefix(stem, config):
    """What an indexed stem must start with to match ``stem`` from a query. Matching a prefix finds
    compounds too ("spel" finds "spelproblem", "päihde" finds "päihdetyö"). Finnish consonant
    gradation changes the consonant that ends a stem ("päihde" is "päihd", "päihteiden" is
    "päiht"), which Snowball leaves as it is, so that consonant is left out of the prefix while
    four letters remain to keep it specific."""
    if config == "finnish" and len(stem) > 4 and stem[-1] not in FINNISH_VOWELS:
        return stem[:-1]
    return stem


def prefix_terms(query_string, config):
    """A query's words as the prefixes their indexed stems must start with."""
    return [query_prefix(stem, config) for stem in stemmed(query_string, config).split()]


def joined(lexemes, operator_name):
    """Lexemes joined as the query's operator (``and`` or ``or``) says."""
    return reduce(operator.and_ if operator_name.lower() == "and" else operator.or_, lexemes)
