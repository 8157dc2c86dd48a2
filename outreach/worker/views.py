"""The worker app page and the service worker that makes it work offline."""

from django.conf import settings
from django.contrib.auth.decorators import login_required, permission_required
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import cache_control
from pwa import views as pwa_views

from .api import api
from .records import MAX_PASSERS_BY


@login_required
@permission_required("encounters.add_encounter", raise_exception=True)
def worker_app(request):
    """The app shell: everything else comes from the cache or the API, so it runs offline."""
    return render(
        request,
        "worker/app.html",
        {
            "app_options": {
                "apiRoot": reverse(f"{api.urls_namespace}:api-root"),
                "username": request.user.get_username(),
                "loginUrl": f"{reverse('accounts:login')}?next={request.path}",
                "maxPassersBy": MAX_PASSERS_BY,
                "municipalitiesUrl": reverse("places:municipalities-geojson"),
                "serviceWorkerUrl": reverse("serviceworker"),
                "tilesUrl": settings.MAP_TILES_URL,
                "tilesAttribution": settings.MAP_TILES_ATTRIBUTION,
            }
        },
    )


# Browsers check for a new service worker on navigation; an HTTP cache in between would hide it.
service_worker = cache_control(no_cache=True, max_age=0)(pwa_views.service_worker)
