import factory.random
import pytest
from django.contrib.auth.models import Group

from outreach.accounts.roles import ROLES, group_name
from tests.factories import UserFactory

factory.random.reseed_random("tuuli")


@pytest.fixture
def role_user(db):
    """Make a user in a role: ``role_user("finance")``; ``None`` gives an anonymous visitor."""

    def make(role, **kwargs):
        if role is None:
            return None
        if role == "superuser":
            return UserFactory(is_superuser=True, is_staff=True, **kwargs)
        user = UserFactory(**kwargs)
        user.groups.add(Group.objects.get(name=group_name(role)))
        return user

    return make


@pytest.fixture
def client_as(client, role_user):
    """A test client logged in as a new user of ``role`` (or anonymous for ``None``)."""

    def login(role):
        user = role_user(role)
        if user is not None:
            client.force_login(user)
        return client

    return login


ALL_ROLES = [None, *ROLES, "superuser"]
