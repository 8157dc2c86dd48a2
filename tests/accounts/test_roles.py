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


def test_page_and_media_permissions_are_exactly_the_declared_ones_on_the_roots():
    from wagtail.models import GroupCollectionPermission, GroupPagePermission

    for kind, model, root in (
        ("role_page_permissions", GroupPagePermission, "page__depth"),
        ("role_collection_permissions", GroupCollectionPermission, "collection__depth"),
    ):
        for role, permissions in declared_permissions(kind).items():
            rows = model.objects.filter(group__name=group_name(role))
            granted = {
                f"{row.permission.content_type.app_label}.{row.permission.codename}" for row in rows
            }
            assert granted == permissions, (kind, role)
            assert set(rows.values_list(root, flat=True)) <= {1}, (kind, role)
