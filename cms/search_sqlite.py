"""Wagtail search on SQLite with each word reduced to its Snowball stem (``cms/search_backend.py``).

FTS5 has no stemmer for Finnish or Swedish, so titles and bodies are indexed as stems in the
language of the object's locale and a query's words as stems in the visitor's language.
"""

from modelsearch.backends.database.sqlite.query import Lexeme, SearchQueryExpression
from modelsearch.backends.database.sqlite.sqlite import (
    ObjectIndexer,
    SQLiteIndex,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import Phrase, PlainText
from modelsearch.utils import get_content_type_pk

from .search_backend import LanguageConfigsMixin, PlainQueryMixin, VisitorLanguageMixin, by_config
from .search_stems import joined, prefix_terms, stemmed


class StemmedSQLiteIndex(SQLiteIndex):
    """Titles and bodies hold stems in the object's language; autocomplete keeps the words as
    written, for prefixes as they are typed. modelsearch writes the entries with its own
    ``ObjectIndexer`` and offers no hook for the text, so the entries are rewritten after it."""

    def add_items(self, model, objs):
        super().add_items(model, objs)
        entries = self.entries.filter(content_type_id=get_content_type_pk(model))
        for config, group in by_config(self.backend, objs).items():
            for obj in group:
                text = ObjectIndexer(obj, self.backend)
                entries.filter(object_id=text.id).update(
                    title=stemmed(text.title, config), body=stemmed(text.body, config)
                )


class StemmedSQLiteQueryCompiler(VisitorLanguageMixin, SQLiteSearchQueryCompiler):
    def build_search_query_content(self, query, config=None):
        if isinstance(query, Phrase):
            return SearchQueryExpression(stemmed(query.query_string, config))
        if not isinstance(query, PlainText):
            return super().build_search_query_content(query, config=config)
        terms = prefix_terms(query.query_string, config)
        if not terms:
            return None
        lexemes = [Lexeme(term, prefix=True) for term in terms]
        return SearchQueryExpression(joined(lexemes, query.operator), config=config)


class StemmedSQLiteSearchBackend(PlainQueryMixin, LanguageConfigsMixin, SQLiteSearchBackend):
    index_class = StemmedSQLiteIndex
    query_compiler_class = StemmedSQLiteQueryCompiler
