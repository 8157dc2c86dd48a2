"""Wagtail's own starter groups ("Editors", "Moderators") and their "Moderators approval"
workflow sit beside Tuuli's roles with reach of their own over every page, images and documents,
so an administrator adding someone to "Editors" instead of "Editor" gave reach no role declares.
They are removed where nobody uses them; what each role may do is declared in the apps
(outreach.accounts.roles)."""

from django.db import migrations

GROUPS = ["Editors", "Moderators"]
WORKFLOW = "Moderators approval"


def drop(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")
    TaskState = apps.get_model("wagtailcore", "TaskState")

    unused_workflow = Workflow.objects.filter(
        name=WORKFLOW, workflow_pages__isnull=True, workflow_content_types__isnull=True
    ).exclude(pk__in=WorkflowState.objects.values("workflow"))
    for workflow in unused_workflow:
        tasks = Task.objects.filter(workflow_tasks__workflow=workflow, name=WORKFLOW)
        tasks.exclude(pk__in=TaskState.objects.values("task")).delete()
        workflow.delete()
    Group.objects.filter(name__in=GROUPS, user__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_roles"),
        ("cms", "0003_editorial_workflow"),
        ("wagtailcore", "0098_apitoken"),
    ]

    # Not put back on reversal: Tuuli never used them.
    operations = [migrations.RunPython(drop, migrations.RunPython.noop)]
