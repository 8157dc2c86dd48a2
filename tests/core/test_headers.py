"""Headers a browser acts on: the features a page may use, and who may keep a copy of it."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_every_response_denies_camera_and_microphone_and_allows_geolocation_here(client):
    policy = client.get(reverse("accounts:login"))["Permissions-Policy"]
    assert "camera=()" in policy and "microphone=()" in policy
    assert "geolocation=(self)" in policy


def test_the_worker_app_is_private_to_the_logged_in_worker(client_as):
    response = client_as("outreach_worker").get(reverse("worker:app"))
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


def test_the_same_response_to_an_anonymous_visitor_is_not_marked_private(client, client_as):
    url = reverse("worker:jsi18n")
    assert "private" not in client.get(url).get("Cache-Control", "")
    assert "private" in client_as("outreach_worker").get(url)["Cache-Control"]
