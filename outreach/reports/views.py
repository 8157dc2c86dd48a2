from django.contrib.auth.decorators import permission_required
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from outreach.spreadsheets import spreadsheet_writer

from .forms import ReportFilterForm
from .key_figures import key_figures, reportable_encounters
from .suppression import threshold


@permission_required("reports.view_report", raise_exception=True)
def key_figures_view(request):
    """Anonymous key figures for a period and municipality, small cells suppressed; ``?format=csv``
    downloads the same numbers."""
    form = ReportFilterForm(request.GET)
    if form.is_bound and not form.is_valid():
        return render(request, "reports/key_figures.html", {"form": form}, status=400)
    start, end, municipality = form.period()
    sections = key_figures(reportable_encounters(start, end, municipality))
    if request.GET.get("format") == "csv":
        return _csv(sections, start, end, municipality)
    context = {
        "form": form,
        "sections": sections,
        "threshold": threshold(),
        "csv_query": _csv_query(request),
    }
    return render(request, "reports/key_figures.html", context)


def _csv_query(request):
    query = request.GET.copy()
    query["format"] = "csv"
    return query.urlencode()


def _csv(sections, start, end, municipality):
    place = municipality.code if municipality else "all"
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="key-figures-{start:%Y-%m-%d}-{end:%Y-%m-%d}-{place}.csv"'
    )
    response.write("\ufeff")  # so spreadsheet programs read the Finnish letters right
    writer = spreadsheet_writer(response, delimiter=";")
    writer.writerow([_("Section"), _("Table"), _("Row"), _("Count")])
    for section in sections:
        for table in section.tables:
            rows = [*table.cells, *([table.total] if table.total else []), *table.figures]
            for cell in rows:
                value = cell.shown if cell.hidden else cell.count
                writer.writerow([section.title, table.title, cell.label, value])
    return response
