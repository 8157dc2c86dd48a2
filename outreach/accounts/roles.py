"""The four roles of Tuuli as Django groups.

Each app declares what a role may do in its AppConfig:

- ``role_permissions``: ``{"role_key": ["app_label.codename", ...]}``, model permissions;
- ``role_page_permissions``: ``{"role_key": ["wagtailcore.publish_page", ...]}``, Wagtail page
  permissions, held on the root page and so on every language's tree;
- ``role_collection_permissions``: ``{"role_key": ["wagtailimages.add_image", ...]}``, Wagtail
  image and document permissions on the root collection.

:func:`sync_role_permissions` gives each role's group exactly what is declared after every
migration, so a new app's permissions reach the roles without editing this module, and what a
role may do is written in one place (the permission matrix tests that its admin menu matches).
"""

from django.apps import apps
from django.utils.translation import gettext_lazy as _

#: role key -> (group name stored in the database, label shown to people)
ROLES = {
    "outreach_worker": ("Outreach worker", _("Outreach worker")),
    "coordinator": ("Coordinator", _("Coordinator")),
    "finance": ("Finance", _("Finance")),
    "editor": ("Editor", _("Editor")),
}


def group_name(role_key):
    return ROLES[role_key][0]


def declared_permissions(kind="role_permissions"):
    """role key -> set of what every app's config declares under ``kind`` (see above)."""
    declared = {role: set() for role in ROLES}
    for config in apps.get_app_configs():
        for role, permissions in getattr(config, kind, {}).items():
            declared[role].update(permissions)
    return declared


def _permission(dotted):
    from django.contrib.auth.models import Permission

    app_label, codename = dotted.split(".", 1)
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()


def sync_role_permissions(**kwargs):
    """Create the groups and give each exactly the permissions the apps declare."""
    from django.contrib.auth.models import Group
    from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

    root_page = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()
    pages = declared_permissions("role_page_permissions")
    collections = declared_permissions("role_collection_permissions")
    for role, permissions in declared_permissions().items():
        group, _created = Group.objects.get_or_create(name=group_name(role))
        group.permissions.set(_existing(permissions))
        _set_exactly(GroupPagePermission, group, "page", root_page, pages[role])
        _set_exactly(
            GroupCollectionPermission, group, "collection", root_collection, collections[role]
        )


def _existing(dotted_names):
    found = (_permission(dotted) for dotted in sorted(dotted_names))
    return [permission for permission in found if permission is not None]


def _set_exactly(model, group, field, root, dotted_names):
    """The group holds exactly these permissions, on the root and nowhere else."""
    if root is None:  # before Wagtail's first page or collection exists
        return
    wanted = _existing(dotted_names)
    model.objects.filter(group=group).exclude(**{field: root}, permission__in=wanted).delete()
    for permission in wanted:
        model.objects.get_or_create(group=group, permission=permission, **{field: root})
