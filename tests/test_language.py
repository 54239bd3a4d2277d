from __future__ import annotations

import pytest

from mourning_day.language import language_from_locale


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
