import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import override_settings

from outreach.encounters.models import PopupSession

pytestmark = pytest.mark.django_db


def test_demo_refuses_to_run_without_debug():
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("demo")
    assert not get_user_model().objects.filter(username="worker").exists()


@override_settings(DEBUG=True)
def test_demo_builds_users_for_every_role_and_sessions(capsys):
    call_command("demo")
    call_command("demo")  # twice: idempotent

    out = capsys.readouterr().out
    assert "worker-demo-pass" in out
    User = get_user_model()
    assert User.objects.get(username="finance").groups.get().name == "Finance"
    assert User.objects.get(username="admin").is_superuser
    assert PopupSession.objects.count() == 5


@override_settings(DEBUG=True)
def test_demo_refuses_a_database_with_accounts_it_did_not_create():
    get_user_model().objects.create_user("real.person", password="her-own-password")
    with pytest.raises(CommandError, match="did not create"):
        call_command("demo")
    assert not get_user_model().objects.filter(username="admin").exists()


@override_settings(DEBUG=True)
def test_demo_for_make_run_leaves_the_logins_to_the_end(capsys):
    # `make run` prints them once the server answers, so that they come last on screen.
    call_command("demo", logins=False)

    out = capsys.readouterr().out
    assert "Demo built." in out
    assert "worker-demo-pass" not in out
