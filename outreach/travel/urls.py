from django.urls import path

from .views import resident, worker

app_name = "travel"

urlpatterns = [
    path("request/", resident.request_details, name="request"),
    path("request/estimate/", resident.request_estimate, name="request-estimate"),
    path("request/confirm/", resident.request_confirm, name="request-confirm"),
    path("c/<str:code>/", resident.code_link, name="code-link"),
    path("request/done/<str:signed>/", resident.request_done, name="request-done"),
    path("visit-code/", worker.issue_visit_code, name="visit-code"),
    path("mileage/", worker.mileage_claim, name="mileage"),
    path("mileage/<str:reference>/", worker.mileage_done, name="mileage-done"),
]
