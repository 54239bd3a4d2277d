from __future__ import annotations

import pytest

from mourning_day.i18n.language import language_from_locale, territory_from_locale


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, "en"),
        ({"LANG": "az_AZ.UTF-8"}, "az"),
        ({"LANG": "ru_RU.UTF-8"}, "ru"),
        ({"LANG": "ru"}, "ru"),
        ({"LANG": "az_AZ@latin"}, "az"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANG": "C"}, "en"),
        ({"LANG": ""}, "en"),
        # POSIX precedence: LC_ALL over LC_MESSAGES over LANG.
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "ru_RU.UTF-8"}, "ru"),
        ({"LANG": "ru_RU.UTF-8", "LC_ALL": "az_AZ.UTF-8"}, "az"),
        ({"LC_ALL": "C.UTF-8", "LANG": "ru_RU.UTF-8"}, "en"),
    ],
)
def test_language_from_locale(env: dict[str, str], expected: str) -> None:
    assert language_from_locale(env) == expected


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, None),
        ({"LANG": "en_US.UTF-8"}, "US"),
        ({"LANG": "en_GB.UTF-8"}, "GB"),
        ({"LANG": "en"}, None),
        ({"LANG": "C.UTF-8"}, None),
        ({"LANG": "POSIX"}, None),
        ({"LANG": "az_AZ@latin"}, "AZ"),
        ({"LANG": "sr_Latn_RS.UTF-8"}, "RS"),  # a script before the territory
        ({"LANG": "es_419"}, "419"),  # a UN M.49 region
        ({"LANG": "en-us"}, "US"),
        # POSIX: the first day of the week is LC_TIME's, after LC_ALL and before LANG.
        ({"LANG": "en_GB.UTF-8", "LC_TIME": "en_US.UTF-8"}, "US"),
        ({"LC_TIME": "en_US.UTF-8", "LC_ALL": "ru_RU.UTF-8"}, "RU"),
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "ru_RU.UTF-8"}, "US"),
    ],
)
def test_territory_from_locale(env: dict[str, str], expected: str | None) -> None:
    assert territory_from_locale(env) == expected
