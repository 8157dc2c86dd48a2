"""What a visitor or an editor types becomes plain words before it reaches a full-text parser.

SQLite's FTS5 and PostgreSQL's text search each have a query syntax (quotes, NEAR, ``*``, ``:``,
``&``, ``|``, ``!``), and modelsearch hands words to them as typed: a stray quote or a NUL byte
was a server error. Only letters and digits are ever indexed, so everything else is a word break.
"""

import copy
import re
import unicodedata

# Letters (any script) and digits; "Itä-Uusimaa" searches as "Itä Uusimaa", as it is indexed.
_WORD = re.compile(r"[^\W_]+")
# A search needs a few words; a pasted page would only make the query slow.
MAX_WORDS = 20


def words(text):
    return _WORD.findall(unicodedata.normalize("NFKC", text))


def plain_words(text):
    return " ".join(words(text)[:MAX_WORDS])


def plain_query(query):
    """The same query with every string in it reduced to plain words (modelsearch query objects
    nest: ``And``/``Or`` hold subqueries, ``PlainText``/``Phrase``/``Fuzzy`` hold a string)."""
    if isinstance(query, str):
        return plain_words(query)
    query = copy.copy(query)
    if hasattr(query, "query_string"):
        query.query_string = plain_words(query.query_string)
    if hasattr(query, "subquery"):
        query.subquery = plain_query(query.subquery)
    if hasattr(query, "subqueries"):
        query.subqueries = [plain_query(subquery) for subquery in query.subqueries]
    return query
