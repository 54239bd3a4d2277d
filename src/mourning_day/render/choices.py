"""The valid values of each option that has a fixed set: help fills "{choices}" in the
option's text from here, the man page lists them and completion offers them, so all
three follow the code."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from mourning_day.core.vigil import MOMENTS
from mourning_day.i18n.catalog import LANGUAGES
from mourning_day.render import FORMATS
from mourning_day.render.fields import OBSERVANCE_FIELDS
from mourning_day.render.shell_hook import HOOK_SHELLS
from mourning_day.system.shell_files import INSTALLED

# Shells whose completion script Typer writes (--show-completion).
SHELLS = ("bash", "zsh", "fish", "powershell", "pwsh")
# What `init` writes: a shell's hook, or a scheduler's job.
TARGETS = (*HOOK_SHELLS, "systemd", "cron")
# Option (long name without dashes) -> its valid values.
CHOICES: dict[str, Callable[[], Sequence[str]]] = {
    "format": lambda: tuple(FORMATS),
    "lang": lambda: LANGUAGES,
    "field": lambda: OBSERVANCE_FIELDS,
    "until": lambda: MOMENTS,
    "target": lambda: TARGETS,
    "show-completion": lambda: SHELLS,
    "install-completion": lambda: tuple(INSTALLED),
}
