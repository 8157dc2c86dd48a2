import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def restore_language():
    """The API activates the request's language and Django leaves it active in this thread;
    put back what was active so later tests don't inherit it."""
    language = translation.get_language()
    yield
    translation.activate(language)
