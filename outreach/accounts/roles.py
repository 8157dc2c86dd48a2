"""The four roles of Tuuli as Django groups.

Each app declares what a role may do in its AppConfig as ``role_permissions``
(``{"role_key": ["app_label.codename", ...]}``); :func:`sync_role_permissions` grants them after
every migration, so a new app's permissions reach the roles without editing this module.
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

#: Every role uses the Wagtail admin at least for its own pages, except outreach workers.
BASE_PERMISSIONS = {
    "coordinator": ["wagtailadmin.access_admin"],
    "finance": ["wagtailadmin.access_admin"],
    "editor": ["wagtailadmin.access_admin"],
}


def group_name(role_key):
    return ROLES[role_key][0]


def declared_permissions():
    """role key -> set of "app_label.codename" from BASE_PERMISSIONS and every app's config."""
    declared = {role: set(BASE_PERMISSIONS.get(role, [])) for role in ROLES}
    for config in apps.get_app_configs():
        for role, permissions in getattr(config, "role_permissions", {}).items():
            declared[role].update(permissions)
    return declared


def sync_role_permissions(**kwargs):
    """Create the groups and give each exactly the permissions the apps declare."""
    from django.contrib.auth.models import Group, Permission

    for role, permissions in declared_permissions().items():
        group, _created = Group.objects.get_or_create(name=group_name(role))
        wanted = []
        for dotted in sorted(permissions):
            app_label, codename = dotted.split(".", 1)
            permission = Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).first()
            if permission is not None:
                wanted.append(permission)
        group.permissions.set(wanted)
