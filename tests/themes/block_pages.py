"""A test-only URLconf that shows one theme block on an otherwise plain page of the site, so
browser tests can exercise blocks without depending on the CMS page models."""

from django.conf.urls.i18n import i18n_patterns
from django.http import HttpResponse
from django.template import RequestContext, Template
from django.urls import path

from outreach.themes.blocks import theme_block_choices
from outreach.urls import urlpatterns as site_urlpatterns

PAGE = Template(
    '{% extends "base.html" %}{% block title %}Test{% endblock %}'
    "{% block content %}<h1>{{ key }}</h1>{{ html }}{% endblock %}"
)


def block_page(request, key):
    block = dict(theme_block_choices(include_disabled=True))[key]
    html = block.render(block.get_default(), context={"request": request})
    return HttpResponse(PAGE.render(RequestContext(request, {"key": key, "html": html})))


def neutral_page(request):
    return HttpResponse("<!doctype html><title>Weather</title><p>Sunny.</p>")


urlpatterns = [
    path("neutral/", neutral_page, name="test-neutral"),
    *i18n_patterns(path("theme-block/<str:key>/", block_page, name="test-theme-block")),
    *site_urlpatterns,
]
