"""Configuration from the environment: run Django in a subprocess with a controlled environment."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args, **env):
    inherited = {"SECRET_KEY", "ALLOWED_HOSTS", "DEBUG", "DATABASE_URL", "REDIS_URL"}
    inherited.add("DATABASE_CONN_MAX_AGE")
    # pytest-django sets the test settings; each test chooses (or leaves out) its own.
    inherited.add("DJANGO_SETTINGS_MODULE")
    # Browser tests relax Django's async guard for this process; a deployment never does.
    inherited.add("DJANGO_ALLOW_ASYNC_UNSAFE")
    clean = {k: v for k, v in os.environ.items() if k not in inherited}
    clean.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=clean, capture_output=True, text=True
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage("check", DJANGO_SETTINGS_MODULE="outreach.settings.production")
    assert result.returncode != 0
    assert "SECRET_KEY must be set when DEBUG is off" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = run_manage(
        "check", DJANGO_SETTINGS_MODULE="outreach.settings.production", SECRET_KEY="x" * 60
    )
    assert result.returncode != 0
    assert "ALLOWED_HOSTS must be set" in result.stderr


def test_production_settings_pass_the_deployment_checks():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="outreach.settings.production",
        SECRET_KEY="a-long-random-production-secret-" + "k8Zq2" * 10,
        ALLOWED_HOSTS="tuuli.example.fi",
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_database_url_and_redis_url_switch_the_backends():
    code = (
        "from django.conf import settings as s;"
        "print(s.DATABASES['default']['ENGINE'], s.CACHES['default']['BACKEND'], "
        "'redis' in s.Q_CLUSTER, 'orm' in s.Q_CLUSTER)"
    )
    default = run_manage("shell", "-c", code, DJANGO_SETTINGS_MODULE="outreach.settings.dev")
    assert default.stdout.split()[-4:] == [
        "django.db.backends.sqlite3",
        "django.core.cache.backends.locmem.LocMemCache",
        "False",
        "True",
    ]
    switched = run_manage(
        "shell",
        "-c",
        code,
        DJANGO_SETTINGS_MODULE="outreach.settings.dev",
        DATABASE_URL="postgres://tuuli@127.0.0.1:5432/tuuli",
        REDIS_URL="redis://127.0.0.1:6379/0",
    )
    assert switched.stdout.split()[-4:] == [
        "django.db.backends.postgresql",
        "django_redis.cache.RedisCache",
        "True",
        "False",
    ]


def test_production_keeps_database_connections_and_development_does_not():
    code = "from django.conf import settings as s; print(s.DATABASES['default']['CONN_MAX_AGE'])"
    production = {
        "DJANGO_SETTINGS_MODULE": "outreach.settings.production",
        "SECRET_KEY": "a-long-random-production-secret-" + "k8Zq2" * 10,
        "ALLOWED_HOSTS": "tuuli.example.fi",
    }
    assert run_manage("shell", "-c", code, **production).stdout.split()[-1] == "60"
    tuned = run_manage("shell", "-c", code, DATABASE_CONN_MAX_AGE="300", **production)
    assert tuned.stdout.split()[-1] == "300"
    development = run_manage("shell", "-c", code, DJANGO_SETTINGS_MODULE="outreach.settings.dev")
    assert development.stdout.split()[-1] == "0"


def test_manage_py_without_a_settings_choice_runs_production_without_debug():
    code = "from django.conf import settings as s; print(s.DEBUG, s.SETTINGS_MODULE)"
    result = run_manage(
        "shell",
        "-c",
        code,
        SECRET_KEY="a-long-random-production-secret-" + "k8Zq2" * 10,
        ALLOWED_HOSTS="tuuli.example.fi",
    )
    assert result.stdout.split()[-2:] == ["False", "outreach.settings.production"], result.stderr


def test_development_settings_keep_an_explicit_debug_false():
    code = "from django.conf import settings as s; print(s.DEBUG)"
    result = run_manage(
        "shell",
        "-c",
        code,
        DJANGO_SETTINGS_MODULE="outreach.settings.dev",
        DEBUG="false",
        SECRET_KEY="a-long-random-production-secret-" + "k8Zq2" * 10,
        ALLOWED_HOSTS="tuuli.example.fi",
    )
    assert result.stdout.split()[-1] == "False", result.stderr


def test_q_log_level_quiets_the_task_worker_but_keeps_its_warnings():
    # django_q.conf adds its own INFO handler where logging is unconfigured: import it to be sure.
    code = (
        "import logging, django_q.conf; q = logging.getLogger('django-q');"
        " print(q.isEnabledFor(logging.INFO), q.isEnabledFor(logging.WARNING))"
    )
    quiet = run_manage(
        "shell", "-c", code, DJANGO_SETTINGS_MODULE="outreach.settings.dev", Q_LOG_LEVEL="WARNING"
    )
    default = run_manage("shell", "-c", code, DJANGO_SETTINGS_MODULE="outreach.settings.dev")
    assert quiet.stdout.split()[-2:] == ["False", "True"], quiet.stderr
    assert default.stdout.split()[-2:] == ["True", "True"], default.stderr
