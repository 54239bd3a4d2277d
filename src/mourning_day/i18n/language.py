"""Which language to speak: a code from --lang, MOURNING_DAY_LANG or the locale variables."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from mourning_day.i18n.catalog import LANGUAGES

LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")
# POSIX puts the first day of the week in LC_TIME, as glibc's `locale first_weekday` does.
TIME_VARIABLES = ("LC_ALL", "LC_TIME", "LANG")


def language_code(value: str) -> str | None:
    """The language a code or locale names, if we speak it: "az", "AZ", "az_AZ",
    "ru_RU.UTF-8" and "az_AZ@latin" all name one; None for any other."""
    code = value.partition(".")[0].partition("@")[0].replace("-", "_").partition("_")[0]
    code = code.strip().lower()
    return code if code in LANGUAGES else None


def reader_language(args: Sequence[str], env: Mapping[str, str]) -> str:
    """--lang if it names a language we speak, wherever it stands on the command line
    `args` (so that `next --help --lang ru` is Russian, and an error before --lang is read
    too), else MOURNING_DAY_LANG, else the locale."""
    given = None
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(args):
            given = args[i + 1]
        elif arg.startswith("--lang="):
            given = arg.partition("=")[2]
    for value in (given, env.get("MOURNING_DAY_LANG")):
        code = language_code(value) if value else None
        if code:
            return code
    return language_from_locale(env)


def language_from_locale(env: Mapping[str, str]) -> str:
    """The first of LC_ALL, LC_MESSAGES, LANG that is set decides, as in POSIX;
    "az_AZ.UTF-8" means az. A language we don't speak (or C/POSIX) means English."""
    for name in LOCALE_VARIABLES:
        value = env.get(name, "")
        if value:
            return language_code(value) or "en"
    return "en"


def territory_from_locale(env: Mapping[str, str]) -> str | None:
    """The territory the locale names, upper case: "en_US.UTF-8" -> "US", "sr_Latn_RS" ->
    "RS", "es_419" -> "419"; None for "en", "C.UTF-8" or no locale. The first of LC_ALL,
    LC_TIME, LANG that is set decides."""
    for name in TIME_VARIABLES:
        value = env.get(name, "")
        if value:
            parts = value.partition(".")[0].partition("@")[0].replace("-", "_").split("_")[1:]
            regions = [p.upper() for p in parts if p.isascii() and _is_region(p)]
            return regions[-1] if regions else None
    return None


def _is_region(part: str) -> bool:
    """A BCP 47 region: two letters or three digits (a script, "Latn", is four letters)."""
    return (len(part) == 2 and part.isalpha()) or (len(part) == 3 and part.isdigit())
