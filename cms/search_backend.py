"""Wagtail search on PostgreSQL with each page stemmed in its own language.

Wagtail's PostgreSQL backend uses one text-search configuration for everything. Here each object
is indexed with the configuration of its locale (``LANGUAGE_CONFIGS``, e.g. Finnish pages with
``finnish``) and a query uses the configuration of the visitor's language, so "kirjasto" finds
"kirjastoissa" and "spelande" finds "spelandet". Objects without a locale (images, documents)
use ``SEARCH_CONFIG``. SQLite keeps Wagtail's database backend.

    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "cms.search_backend",
        "SEARCH_CONFIG": "simple", "LANGUAGE_CONFIGS": {"fi": "finnish", ...}}}

On every database, query text is reduced to plain words first (``cms/search_query.py``).
"""

import copy
from collections import defaultdict
from functools import cache

from django.db import connection
from django.utils.translation import get_language
from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from wagtail.models import Locale
from wagtail.search.backends import database

from .search_query import plain_query


class PlainQueryMixin:
    """Search and autocomplete (public and admin) see plain words only."""

    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        query = plain_query(query)
        return super()._search(query_compiler_class, query, model_or_queryset, **kwargs)


class LocalisedIndex(PostgresIndex):
    def add_items(self, model, objs):
        codes = dict(Locale.objects.values_list("pk", "language_code"))
        by_config = defaultdict(list)
        for obj in objs:
            code = codes.get(getattr(obj, "locale_id", None))
            by_config[self.backend.config_for(code)].append(obj)
        for config, group in by_config.items():
            PostgresIndex(self.backend.with_config(config)).add_items(model, group)


class LocalisedQueryCompiler(PostgresSearchQueryCompiler):
    def get_config(self, backend):
        return backend.config_for((get_language() or "")[:2])


class LocalisedPostgresSearchBackend(PlainQueryMixin, PostgresSearchBackend):
    index_class = LocalisedIndex
    query_compiler_class = LocalisedQueryCompiler

    def __init__(self, params):
        super().__init__(params)
        self.language_configs = params.get("LANGUAGE_CONFIGS", {})

    def config_for(self, language_code):
        return self.language_configs.get(language_code, self.config)

    def with_config(self, config):
        backend = copy.copy(self)
        backend.config = config
        return backend


@cache
def _with_plain_queries(backend_class):
    return type(backend_class.__name__, (PlainQueryMixin, backend_class), {})


def SearchBackend(params):
    """Wagtail's database backend for the connection in use (SQLite FTS5 or its fallback), or the
    per-language PostgreSQL one."""
    if connection.vendor == "postgresql":
        return LocalisedPostgresSearchBackend(params)
    backend = database.SearchBackend(params)
    return _with_plain_queries(type(backend))(params)
