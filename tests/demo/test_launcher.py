"""`make run`'s launcher, driven with small fake children instead of a real server and worker."""

import signal
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from outreach.demo import launcher

ROOT = Path(__file__).resolve().parents[2]

# A task worker that ignores Ctrl-C and leaves a helper process, as qcluster's sentinel and pool
# could: the launcher must still leave nothing behind.
STUBBORN_WORKER = textwrap.dedent(
    """
    import signal, subprocess, sys, time
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    helper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    print(helper.pid, flush=True)
    time.sleep(60)
    """
)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def slow_server(port, delay=0.5):
    script = (
        f"import socket, time; time.sleep({delay}); s = socket.socket();"
        f" s.bind(('127.0.0.1', {port})); s.listen(); time.sleep(60)"
    )
    return [sys.executable, "-c", script], {}


def is_running(pid):
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


def test_the_logins_come_only_once_the_server_answers():
    port = free_port()
    answered = []

    def on_ready():
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            answered.append(True)
        raise KeyboardInterrupt  # the developer presses Ctrl-C

    exit_code = launcher.serve([slow_server(port)], ("127.0.0.1", port), on_ready)

    assert answered == [True]
    assert exit_code == 0


def test_a_child_that_fails_to_start_ends_the_run_with_its_exit_code():
    failing = ([sys.executable, "-c", "raise SystemExit(3)"], {})
    port = free_port()

    exit_code = launcher.serve([failing], ("127.0.0.1", port), on_ready=lambda: None)

    assert exit_code == 3


def test_ctrl_c_stops_the_server_and_the_worker_with_its_helpers():
    port = free_port()
    script = textwrap.dedent(
        f"""
        import signal, sys
        from outreach.demo import launcher
        # As a shell's background job gets it, e.g. `make run &`.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        worker = ([sys.executable, "-c", {STUBBORN_WORKER!r}], {{}})
        server = ({slow_server(port)[0]!r}, {{}})
        launcher.serve(
            [worker, server], ("127.0.0.1", {port}), lambda: print("ready", flush=True),
            grace_seconds=1,
        )
        """
    )
    run = subprocess.Popen(
        [sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    helper_pid = int(run.stdout.readline())
    assert run.stdout.readline() == "ready\n"

    started = time.monotonic()
    run.send_signal(signal.SIGINT)
    run.wait(timeout=10)

    assert time.monotonic() - started < 5
    assert not is_running(helper_pid)
