"""Editors draft, coordinators approve: the moderation workflow, and the django-q2 schedule that
publishes pages whose go-live time has come. The two roles' page and media permissions are declared
in cms.apps and granted by outreach.accounts.roles after every migration."""

from django.db import migrations

WORKFLOW_NAME = "Editor drafts, coordinator approves"
TASK_NAME = "Coordinator approval"
SCHEDULE_NAME = "Publish scheduled pages"

def create(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    ContentType = apps.get_model("contenttypes", "ContentType")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    Schedule = apps.get_model("django_q", "Schedule")

    coordinator, _ = Group.objects.get_or_create(name="Coordinator")
    root = Page.objects.filter(depth=1).first()

    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task, _ = GroupApprovalTask.objects.get_or_create(
        name=TASK_NAME, defaults={"content_type": task_type, "active": True}
    )
    task.groups.set([coordinator])
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    # The root covers every language tree; no other workflow is assigned.
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})

    Schedule.objects.get_or_create(
        name=SCHEDULE_NAME,
        defaults={
            "func": "django.core.management.call_command",
            "args": "'publish_scheduled'",
            "schedule_type": "I",  # Schedule.MINUTES
            "minutes": 1,
            "repeats": -1,
        },
    )


def remove(apps, schema_editor):
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=WORKFLOW_NAME).delete()
    apps.get_model("wagtailcore", "Task").objects.filter(name=TASK_NAME).delete()
    apps.get_model("django_q", "Schedule").objects.filter(name=SCHEDULE_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0002_page_types_and_snippets"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("django_q", "0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more"),
    ]

    operations = [migrations.RunPython(create, remove)]
