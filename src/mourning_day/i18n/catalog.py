"""The catalogs: one JSON file per language in locales/, and the few rules that read them."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

LOCALES_DIR = Path(__file__).with_name("locales")
# The languages are the catalogs: adding locales/tr.json adds Turkish. English first.
LANGUAGES = tuple(
    sorted((p.stem for p in LOCALES_DIR.glob("*.json")), key=lambda code: (code != "en", code))
)


@cache
def load_catalog(lang: str) -> dict[str, Any]:
    with (LOCALES_DIR / f"{lang}.json").open(encoding="utf-8") as f:
        catalog: dict[str, Any] = json.load(f)
    return catalog


def plural_category(n: int, lang: str) -> str:
    """CLDR's cardinal plural category ("one", "few", "many", "other")."""
    from babel import Locale

    return str(Locale.parse(lang).plural_form(n))


def capitalise(text: str, lang: str) -> str:
    """`text` capitalised where a sentence begins, with the language's own capitals where
    str.upper is wrong (Azerbaijani i -> İ): the catalog's "calendar.upper_letters"."""
    first = text[:1]
    pairs: dict[str, str] = load_catalog(lang)["calendar"].get("upper_letters", {})
    return pairs.get(first, first.upper()) + text[1:]
