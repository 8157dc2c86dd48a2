import pytest
from django.contrib.auth.models import Group

from outreach.accounts.roles import ROLES, declared_permissions, group_name

pytestmark = pytest.mark.django_db


def test_every_role_is_a_group_with_exactly_its_declared_permissions():
    for role, permissions in declared_permissions().items():
        group = Group.objects.get(name=group_name(role))
        granted = {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()}
        assert granted == permissions, role


def test_roles_separate_duties(role_user):
    worker, coordinator, finance, editor = (role_user(role) for role in ROLES)
    assert worker.has_perm("encounters.add_encounter")
    assert not worker.has_perm("wagtailadmin.access_admin")
    assert coordinator.has_perm("places.change_venue")
    assert not finance.has_perm("places.change_venue")
    assert not editor.has_perm("encounters.view_encounter")
