"""Run the development server and the task worker side by side, as `make run` does.

Each child runs in its own process group, so a Ctrl-C reaches only the launcher, which then stops
the children itself: an interrupt to each group (both stop cleanly on it), a short wait, then a kill
of whatever is left in the group. A task worker's helper processes can then never outlive the
launcher, as they did when the shell merely sent them all one signal.
"""

import os
import signal
import socket
import subprocess
import time

POLL_SECONDS = 0.2


def serve(commands, address, on_ready, *, grace_seconds=5.0):
    """Start every ``(argv, extra_environment)`` command, call ``on_ready()`` once ``address``
    accepts connections and run until one command exits (its exit code is returned) or the
    launcher is interrupted or terminated (0)."""
    # Explicitly: a shell that starts a background job hands it SIGINT ignored.
    previous_sigint = signal.signal(signal.SIGINT, _interrupt)
    previous_sigterm = signal.signal(signal.SIGTERM, _interrupt)
    children = []
    try:
        for argv, extra_env in commands:
            env = {**os.environ, **extra_env}
            children.append(subprocess.Popen(argv, env=env, start_new_session=True))
        exited = _wait_until_listening(address, children)
        if exited is not None:
            return exited
        on_ready()
        return _wait_for_first_exit(children)
    except KeyboardInterrupt:
        return 0
    finally:
        # An impatient second Ctrl-C must not cut the shutdown short and leave children behind.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        stop(children, grace_seconds)
        signal.signal(signal.SIGINT, previous_sigint)
        signal.signal(signal.SIGTERM, previous_sigterm)


def stop(children, grace_seconds):
    """Interrupt each child's process group, wait up to ``grace_seconds``, kill what remains."""
    for child in children:
        _signal_group(child, signal.SIGINT)
    deadline = time.monotonic() + grace_seconds
    for child in children:
        try:
            child.wait(timeout=max(deadline - time.monotonic(), 0))
        except subprocess.TimeoutExpired:
            pass
    # Also sweeps helpers whose parent has already exited.
    for child in children:
        _signal_group(child, signal.SIGKILL)
        child.wait()


def _interrupt(signum, frame):
    raise KeyboardInterrupt


def _signal_group(child, signum):
    try:
        os.killpg(child.pid, signum)
    except ProcessLookupError:
        pass


def answers(address):
    try:
        with socket.create_connection(address, timeout=POLL_SECONDS):
            return True
    except OSError:
        return False


def _wait_until_listening(address, children):
    """Return None once ``address`` answers, or the exit code of a child that ended before."""
    while True:
        exited = _first_exit_code(children)
        if exited is not None:
            return exited
        if answers(address):
            return None
        time.sleep(POLL_SECONDS)


def _wait_for_first_exit(children):
    while (exited := _first_exit_code(children)) is None:
        time.sleep(POLL_SECONDS)
    return exited


def _first_exit_code(children):
    return next((child.returncode for child in children if child.poll() is not None), None)
