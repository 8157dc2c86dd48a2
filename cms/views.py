from django.conf import settings
from django.core.paginator import Paginator
from django.shortcuts import render
from wagtail.models import Locale, Page

from outreach import ratelimits

from .venue_search import venue_results

RESULTS_PER_PAGE = 10


def _search_limit():
    return ratelimits.Limit(
        "cms-search", settings.CMS_SEARCHES_PER_CLIENT, settings.CMS_SEARCH_WINDOW
    )


def _query(request):
    return request.GET.get("q", "").strip()[:200]


def _runs_a_query(request):
    return bool(_query(request))


def _search_paused(request, message):
    # The words stay in the box, so the visitor can search again when the wait is over.
    context = {"query": _query(request), "results": None, "paused": message}
    return render(request, "cms/search.html", context)


@ratelimits.per_client(_search_limit, _search_paused, counts=_runs_a_query)
def search(request):
    """Search the pages of the visitor's language only, and the pop-up venues (first page)."""
    query = _query(request)
    results = None
    venues = []
    if query:
        pages = Page.objects.live().public().filter(locale=Locale.get_active())
        results = Paginator(pages.search(query), RESULTS_PER_PAGE).get_page(request.GET.get("page"))
        if results.number == 1:
            venues = venue_results(query)
    context = {"query": query, "results": results, "venues": venues}
    return render(request, "cms/search.html", context)
