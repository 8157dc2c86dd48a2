"""Wagtail search with each page stemmed in its own language, on PostgreSQL and on SQLite.

Each object is indexed in the language of its locale (``LANGUAGE_CONFIGS``, e.g. Finnish pages
with ``finnish``) and a query is read in the visitor's language, so "kirjasto" finds
"kirjastoissa" and "spelande" finds "spelandet". Objects without a locale (images, documents)
use ``SEARCH_CONFIG``. PostgreSQL stems with its text-search configurations; SQLite's FTS5 has
no stemmer, so words are reduced to their Snowball stems before they reach it
(``cms/search_sqlite.py``; the configuration names are also Snowball algorithm names). Without
FTS5 (or on other databases) Wagtail's database backend is kept.

    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "cms.search_backend",
        "SEARCH_CONFIG": "simple", "LANGUAGE_CONFIGS": {"fi": "finnish", ...}}}

On every database, query text is reduced to plain words first (``cms/search_query.py``).
"""

import copy
from collections import defaultdict
from functools import cache

from django.contrib.postgres.search import SearchQuery
from django.db import connection
from django.utils.translation import get_language
from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.backends.database.postgres.query import Lexeme
from modelsearch.query import PlainText
from wagtail.models import Locale
from wagtail.search.backends import database

from .search_query import plain_query
from .search_stems import has_stemmer, joined, prefix_terms


class PlainQueryMixin:
    """Search and autocomplete (public and admin) see plain words only."""

    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        query = plain_query(query)
        return super()._search(query_compiler_class, query, model_or_queryset, **kwargs)


class LanguageConfigsMixin:
    def __init__(self, params):
        super().__init__(params)
        self.language_configs = params.get("LANGUAGE_CONFIGS", {})

    def config_for(self, language_code):
        return self.language_configs.get(language_code, self.config)


class VisitorLanguageMixin:
    """A query compiler that reads the query in the language of the page being served."""

    def get_config(self, backend):
        return backend.config_for((get_language() or "")[:2])


def by_config(backend, objs):
    codes = dict(Locale.objects.values_list("pk", "language_code"))
    groups = defaultdict(list)
    for obj in objs:
        code = codes.get(getattr(obj, "locale_id", None))
        groups[backend.config_for(code)].append(obj)
    return groups


# --- PostgreSQL ------------------------------------------------------------------------------


class LocalisedIndex(PostgresIndex):
    def add_items(self, model, objs):
        for config, group in by_config(self.backend, objs).items():
            PostgresIndex(self.backend.with_config(config)).add_items(model, group)


class LocalisedQueryCompiler(VisitorLanguageMixin, PostgresSearchQueryCompiler):
    """Plain words match as prefixes of their stems (``query_prefix``): PostgreSQL would stem a
    prefix itself, so the stems are made here and passed on as they are (``simple``)."""

    def build_tsquery_content(self, query, config=None, invert=False):
        if not isinstance(query, PlainText) or not has_stemmer(config):
            return super().build_tsquery_content(query, config=config, invert=invert)
        terms = prefix_terms(query.query_string, config)
        if not terms:
            return None
        lexemes = [Lexeme(term, invert=invert, prefix=True) for term in terms]
        return SearchQuery(joined(lexemes, query.operator), search_type="raw", config="simple")


class LocalisedPostgresSearchBackend(PlainQueryMixin, LanguageConfigsMixin, PostgresSearchBackend):
    index_class = LocalisedIndex
    query_compiler_class = LocalisedQueryCompiler

    def with_config(self, config):
        backend = copy.copy(self)
        backend.config = config
        return backend


@cache
def _with_plain_queries(backend_class):
    return type(backend_class.__name__, (PlainQueryMixin, backend_class), {})


def SearchBackend(params):
    """The per-language backend for PostgreSQL or SQLite with FTS5, else Wagtail's database
    backend for the connection in use."""
    if connection.vendor == "postgresql":
        return LocalisedPostgresSearchBackend(params)
    backend = database.SearchBackend(params)
    if connection.vendor == "sqlite":
        # Imported here: modelsearch's SQLite modules need its FTS model, defined on SQLite only.
        from . import search_sqlite

        if isinstance(backend, search_sqlite.SQLiteSearchBackend):
            return search_sqlite.StemmedSQLiteSearchBackend(params)
    return _with_plain_queries(type(backend))(params)
