"""Which language to speak when --lang and MOURNING_DAY_LANG are not given."""

from __future__ import annotations

from collections.abc import Mapping

from mourning_day.messages import LANGUAGES

LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


def language_from_locale(env: Mapping[str, str]) -> str:
    """The first of LC_ALL, LC_MESSAGES, LANG that is set decides, as in POSIX;
    "az_AZ.UTF-8" means az. A language we don't speak (or C/POSIX) means English."""
    for name in LOCALE_VARIABLES:
        value = env.get(name, "")
        if value:
            code = value.partition(".")[0].partition("@")[0].partition("_")[0].lower()
            return code if code in LANGUAGES else "en"
    return "en"
