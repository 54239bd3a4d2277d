"""The installed distribution: one version, its licence, a typed API, metadata that says
what is true (languages, Python versions), and the few repository files that go with it."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from importlib.metadata import distribution, version

import pytest
from repository import repository_file
from trove_classifiers import classifiers as KNOWN_CLASSIFIERS

import mourning_day
from mourning_day.i18n.catalog import LANGUAGES

METADATA = distribution("mourning-day").metadata


def test_the_version_is_the_distributions() -> None:
    assert mourning_day.__version__ == version("mourning-day")
    assert re.fullmatch(r"\d+\.\d+\.\d+", mourning_day.__version__)


def test_pyproject_is_the_only_source_of_the_version() -> None:
    with repository_file("pyproject.toml").open("rb") as f:
        project = tomllib.load(f)["project"]
    assert project["version"] == version("mourning-day")
    assert "version" not in project.get("dynamic", [])
    written = f'"{project["version"]}"'  # the version as a literal anywhere in the code
    assert [p for p in repository_file("src").rglob("*.py") if written in p.read_text()] == []


def test_importing_the_package_does_not_read_its_metadata() -> None:
    # importlib.metadata costs milliseconds; the console script imports the package first.
    probe = "import sys, mourning_day; print('importlib.metadata' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_the_changelog_has_a_dated_entry_for_this_version() -> None:
    text = repository_file("CHANGELOG.md").read_text(encoding="utf-8")
    release = re.escape(version("mourning-day"))
    assert re.search(rf"^## \[{release}\] - \d{{4}}-\d\d-\d\d$", text, re.M)


def test_the_licence_is_mit_and_ships_with_the_package() -> None:
    # PEP 639: License-Expression, and License-File naming a file in .dist-info/licenses/.
    assert METADATA["License-Expression"] == "MIT"
    assert METADATA.get_all("License-File") == ["LICENSE"]
    text = distribution("mourning-day").read_text("licenses/LICENSE") or ""
    assert text.startswith("MIT License\n\nCopyright (c) ")
    assert "the mourning-day contributors" in text.splitlines()[2]


def test_the_authors_are_the_contributors() -> None:
    assert METADATA["Author"] == "the mourning-day contributors"


def test_every_classifier_is_in_the_official_list() -> None:
    ours = METADATA.get_all("Classifier") or []
    assert ours
    assert [c for c in ours if c not in KNOWN_CLASSIFIERS] == []


def test_the_python_running_these_tests_is_a_listed_version() -> None:
    running = f"Programming Language :: Python :: {sys.version_info.major}.{sys.version_info.minor}"
    assert running in (METADATA.get_all("Classifier") or [])
    floor = METADATA["Requires-Python"]
    assert floor == ">=3.11"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_catalogs_language_is_listed_where_the_list_has_it(lang: str) -> None:
    # Babel's English name is the name in "Natural Language :: ..." (English, Russian,
    # Turkish); the official list has no Azerbaijani, so az has none.
    from babel import Locale

    name = f"Natural Language :: {Locale.parse(lang).english_name}"
    ours = METADATA.get_all("Classifier") or []
    assert (name in ours) == (name in KNOWN_CLASSIFIERS)


def test_a_mypy_user_gets_the_types(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # Without py.typed mypy says "missing library stubs or py.typed marker" and checks
    # nothing; with it, a wrong type is found. Run outside the clone, on what is installed.
    (tmp_path / "user.py").write_text(
        "from datetime import date\n"
        "from mourning_day import next_anniversary\n"
        "number: str = next_anniversary(date(2026, 1, 1)).number\n"
    )
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "user.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "py.typed" not in done.stdout
    assert 'Incompatible types in assignment (expression has type "int"' in done.stdout
    assert done.returncode == 1


def test_a_missing_program_to_compare_with_is_one_line_and_exit_2(tmp_path) -> None:  # type: ignore[no-untyped-def]
    script = repository_file("benchmarks/ics.py")
    missing = tmp_path / "no-such-mourning-day"
    done = subprocess.run(
        [sys.executable, str(script), "--before", str(missing)],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr == f"ics.py: --before: no such program: {missing}\n"
