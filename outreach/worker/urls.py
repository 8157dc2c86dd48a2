from django.urls import path
from django.views.i18n import JavaScriptCatalog

from . import views

app_name = "worker"

urlpatterns = [
    path("", views.worker_app, name="app"),
    path("jsi18n/", JavaScriptCatalog.as_view(packages=["outreach.worker"]), name="jsi18n"),
]
