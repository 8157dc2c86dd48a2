from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField

from cms.calendar import CalendarFilter, calendar_file, for_display, upcoming_sessions
from cms.map_data import map_options, session_features
from outreach.places.models import Municipality
from outreach.themes.registry import all_themes

from .base import PublicPage

ICALENDAR = "text/calendar; charset=utf-8"


class PopupCalendarPage(RoutablePageMixin, PublicPage):
    """Upcoming pop-up points from the outreach data, on a map and as a list, with filters, an
    iCalendar feed and an "add to calendar" file per point."""

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = PublicPage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("pop-up calendar")

    @path("")
    def upcoming(self, request):
        municipalities = list(Municipality.objects.in_name_order())
        chosen = CalendarFilter.from_query(request.GET, {m.code for m in municipalities})
        sessions = for_display(chosen.apply(upcoming_sessions()))
        return self.render(
            request,
            context_overrides={
                "sessions": sessions,
                "municipalities": municipalities,
                "themes": all_themes(),
                "chosen": chosen,
                "session_features": session_features(sessions),
                "map_options": map_options(),
            },
        )

    @path("ical/", name="feed")
    def feed(self, request):
        return self._ics(request, upcoming_sessions(), "tuuli.ics")

    @path("ical/<uuid:session_uuid>/", name="event")
    def event(self, request, session_uuid):
        session = get_object_or_404(upcoming_sessions(), uuid=session_uuid)
        return self._ics(request, [session], f"tuuli-{session.starts_at:%Y-%m-%d}.ics")

    def _ics(self, request, sessions, filename):
        page_url = self.get_full_url(request)
        if page_url is None:
            raise Http404
        response = HttpResponse(calendar_file(sessions, lambda s: page_url), ICALENDAR)
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response
