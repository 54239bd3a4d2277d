"""Desktop notifications for `silence --notify`: freedesktop's through notify-send where
it is on PATH, macOS's through osascript; where neither is, the caller prints its line.

A job that cron starts has no session bus in its environment (no DBUS_SESSION_BUS_ADDRESS,
no XDG_RUNTIME_DIR), so notify-send could not reach the desktop: the user's bus at
/run/user/UID/bus is then named for it, where it exists."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

APP_NAME = "mourning-day"
# A notifier that hangs (a bus that never answers) must not hold the minute up.
TIMEOUT = 10.0
RUNTIME_ROOT = "/run/user"

Runner = Callable[[Sequence[str], Mapping[str, str]], bool]


def notify(
    title: str,
    body: str,
    *,
    environ: Mapping[str, str] | None = None,
    platform: str = sys.platform,
    runtime_root: str = RUNTIME_ROOT,
    run: Runner | None = None,
) -> bool:
    """Show one notification; False where no notifier is found or the one found fails,
    so that the caller says it in its own output instead."""
    env = dict(os.environ if environ is None else environ)
    path = env.get("PATH", os.defpath)
    command = notify_command(title, body, path=path, platform=platform)
    if command is None:
        return False
    if Path(command[0]).name == "notify-send":
        env = with_session_bus(env, runtime_root)
    return (run or _run)(command, env)


def notify_command(title: str, body: str, *, path: str, platform: str) -> list[str] | None:
    """The command that shows the notification, or None where there is none."""
    notify_send = shutil.which("notify-send", path=path)
    if notify_send is not None:
        return [notify_send, f"--app-name={APP_NAME}", title, body]
    osascript = shutil.which("osascript", path=path) if platform == "darwin" else None
    if osascript is not None:
        script = f"display notification {applescript_string(body)}"
        return [osascript, "-e", f"{script} with title {applescript_string(title)}"]
    return None


def applescript_string(text: str) -> str:
    """`text` as an AppleScript string literal: in double quotes, with a backslash before
    each double quote and backslash (AppleScript Language Guide, "text"). Line breaks
    become spaces: a notification is one line."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + " ".join(escaped.splitlines()) + '"'


def with_session_bus(env: Mapping[str, str], runtime_root: str) -> dict[str, str]:
    """`env`, with the user's session bus named where nothing in it leads to one."""
    env = dict(env)
    if "DBUS_SESSION_BUS_ADDRESS" in env or "XDG_RUNTIME_DIR" in env:
        return env
    getuid = getattr(os, "getuid", None)
    if getuid is None:
        return env
    bus = Path(runtime_root, str(getuid()), "bus")
    if bus.exists():
        env["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={bus}"
    return env


def _run(command: Sequence[str], env: Mapping[str, str]) -> bool:
    try:
        done = subprocess.run(
            command,
            env=dict(env),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0
