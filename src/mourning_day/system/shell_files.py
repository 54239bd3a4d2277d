"""Putting a shell's completion script where that shell finds it, under the user's home:
the script's own file, and the line the shell's start-up file needs to read it."""

from __future__ import annotations

from pathlib import Path

# Where each shell's script goes (under HOME), and the start-up file and line, if any, that
# make the shell read it (as Typer's own --install-completion places them).
INSTALLED = {
    "bash": (".bash_completions/{prog}.sh", ".bashrc", "source ~/.bash_completions/{prog}.sh"),
    "zsh": (".zfunc/_{prog}", ".zshrc", "fpath+=~/.zfunc; autoload -Uz compinit && compinit"),
    "fish": (".config/fish/completions/{prog}.fish", None, None),
}


class InstallError(OSError):
    """A file could not be written; `path` names it."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(reason)
        self.path, self.reason = path, reason


def install_script(home: str, shell: str, prog: str, script: str) -> Path:
    """Write `script` for `shell` and, once, the start-up line; returns the file the user
    will look in (the start-up file where there is one)."""
    script_name, rc_name, line = (
        part.format(prog=prog) if part else None for part in INSTALLED[shell]
    )
    target = Path(home, str(script_name))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(script, encoding="utf-8")
        if rc_name and line:
            target = Path(home, rc_name)
            existing = target.read_text(encoding="utf-8") if target.exists() else ""
            if line not in existing.splitlines():
                gap = "\n" if existing and not existing.endswith("\n") else ""
                with target.open("a", encoding="utf-8") as rc:
                    rc.write(f"{gap}{line}\n")
    except OSError as e:
        raise InstallError(target, e.strerror or str(e)) from e
    return target
