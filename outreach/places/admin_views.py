from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_q.tasks import async_task

from .models import Venue


@require_POST
@permission_required("places.change_venue", raise_exception=True)
def geocode_venue(request, pk):
    """Queue a geocoding task for the venue; an address typed into the form is saved first."""
    venue = get_object_or_404(Venue, pk=pk)
    address = request.POST.get("address", "").strip()[:300]
    if address and address != venue.address:
        venue.address = address
        venue.save(update_fields=["address"])
    async_task(
        "outreach.places.tasks.geocode_venue", venue.pk, task_name=f"geocode-venue-{venue.pk}"
    )
    messages.success(
        request,
        _("Geocoding of %(venue)s was queued. Reload in a moment to see the point, then verify it.")
        % {"venue": venue.name},
    )
    return redirect("wagtailsnippets_places_venue:edit", venue.pk)
