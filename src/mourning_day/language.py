"""Which language to speak: a code from --lang, MOURNING_DAY_LANG or the locale variables."""

from __future__ import annotations

from collections.abc import Mapping

from mourning_day.messages import LANGUAGES

LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


def language_code(value: str) -> str | None:
    """The language a code or locale names, if we speak it: "az", "AZ", "az_AZ",
    "ru_RU.UTF-8" and "az_AZ@latin" all name one; None for any other."""
    code = value.partition(".")[0].partition("@")[0].replace("-", "_").partition("_")[0]
    code = code.strip().lower()
    return code if code in LANGUAGES else None


def language_from_locale(env: Mapping[str, str]) -> str:
    """The first of LC_ALL, LC_MESSAGES, LANG that is set decides, as in POSIX;
    "az_AZ.UTF-8" means az. A language we don't speak (or C/POSIX) means English."""
    for name in LOCALE_VARIABLES:
        value = env.get(name, "")
        if value:
            return language_code(value) or "en"
    return "en"
