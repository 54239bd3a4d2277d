"""A generated command line: commands, options, environment variables and nasty values.

Whatever comes in: no traceback, exit status 0, 1 or 2, and exit 2 always with exactly one
line on stderr and nothing on stdout. In-process (CliRunner) for speed; a few hundred cases
by default, as many as MOURNING_DAY_FUZZ_EXAMPLES says otherwise (e.g. 5000)."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from mourning_day.cli.app import app
from mourning_day.i18n.catalog import LANGUAGES
from tests.conftest import CLEAN_ENV

EXAMPLES = int(os.environ.get("MOURNING_DAY_FUZZ_EXAMPLES", "300"))
NINES = "9" * 5000

# Values nobody should pass, shared by every option and variable.
NASTY = [
    "", " ", "\t", "\n", "-", "--", "-1", "0", "00", "+5", "1e3", "0x10", "1_000", "٢٠٢٦",
    "２０２６", "²", NINES, "0" * 5000 + "7", "-" + NINES, "nan", "None", "null", "'", '"',
    "\x1b[31m", "\u202e", "a\nb", "a\rb", "ə", "Ünümxalq", "\udcff", "%s", "{value}", "{}",
    "../../etc/passwd", "/etc/passwd", "/dev/zero", "~", "*", " 2026", "2026 ",
]  # fmt: skip
DATES = ["2025-11-24", "2026-01-20", "2026-01-19", "1991-01-20", "1991-01-19", "0001-01-01",
         "9999-01-20", "9999-01-21", "9999-12-31", "2024-02-29", "2026-02-30", "2026-1-20",
         "20260120", "2026-01-20T12:00", "2026-01-20\n"]  # fmt: skip
ZONES = ["Asia/Baku", "UTC", "Etc/GMT+12", "Pacific/Kiritimati", "America/St_Johns"]
BAD_ZONES = ("Mars/Olympus", "asia/baku", "Asia/Baku ", "UTC+4", "+04:00", "/", ".")
TZ_VARIABLE = ["UTC-4", "<+0330>-3:30", "EST5EDT,M3.2.0,M11.1.0", ":Asia/Baku", "Asia/Baku", ""]
BAD_TZ_VARIABLE = ("XXX+24", "UTC+25", "XXX-99", "/etc/passwd", "/", "Mars/Olympus", "XXX")
LOCALES = ["ru_RU.UTF-8", "az_AZ.UTF-8", "tr_TR.UTF-8", "en_US.UTF-8", "C", "POSIX", "az", "ru",
           "tr", "xx_YY", "C.UTF-8", "@", "."]  # fmt: skip
# Years and counts that keep a run short: no range reaches across thousands of years.
YEARS = ["2026", "2030", "1991", "1990", "10000", "9998", "02026"]
COUNTS = ["1", "3", "10", "7974", "8009"]


def values(good: list[str], bad: tuple[str, ...] = ()) -> st.SearchStrategy[str]:
    """Mostly good values, so that runs get past parsing to the output; else anything."""
    anything = st.sampled_from(NASTY) | st.text(max_size=8)
    if bad:
        anything |= st.sampled_from(bad)
    return st.integers(0, 9).flatmap(lambda n: st.sampled_from(good) if n < 8 else anything)


NOWS = ["2026-01-20T07:59:50Z", "2026-01-20T11:00:00+04:00", "2025-11-24T10:00:00Z",
        "9999-01-20T12:00:00+04:00", "1991-01-20T00:00:00-12:00"]  # fmt: skip
BAD_NOWS = ("2026-01-20T12:00", "2026-01-20", "9999-12-31T23:59:59-12:00", "0001-01-01T00:00Z")
SHARED = {
    "--today": values(DATES),
    "--now": values(NOWS, BAD_NOWS),
    "--tz": values(ZONES, BAD_ZONES),
    "--lang": values(list(LANGUAGES), ("fr", "EN")),
    "--format": values(["rich", "rich", "text", "json", "csv"], ("xml", "JSON")),
    "-f": values(["json", "csv"]),
}
OPTIONS = {
    "next": {**SHARED, "--field": values(["year", "days_until", "weekday", "silence_at"], ("x",))},
    "summary": {**SHARED, "--year": values(YEARS)},
    "table": {**SHARED, "--from-year": values(YEARS), "--to-year": values(YEARS),
              "--count": values(COUNTS)},
    "is-today": {**SHARED, "-q": None, "--quiet": None},
    "ics": {k: v for k, v in SHARED.items() if k not in ("--format", "-f")}
    | {"--from-year": values(YEARS), "--to-year": values(YEARS), "--count": values(COUNTS),
       "--with-silence": None},
}  # fmt: skip
ENVIRONMENT = {
    "MOURNING_DAY_TODAY": values(DATES),
    "MOURNING_DAY_NOW": values(NOWS, BAD_NOWS),
    "MOURNING_DAY_TZ": values(ZONES, BAD_ZONES),
    "MOURNING_DAY_LANG": values(list(LANGUAGES), ("de",)),
    "TZ": values(TZ_VARIABLE, BAD_TZ_VARIABLE),
    "LANG": values(LOCALES),
    "LC_ALL": values(LOCALES),
    "LC_MESSAGES": values(LOCALES),
    "COLUMNS": values(["20", "80", "200"], ("0", "-5", "²", "٢٠", "999999999", "00080")),
    "LINES": values(["5", "24"], ("0", "²", NINES)),
}
JUNK = st.sampled_from(["--no-such", "-x", "extra", "--", "-", "--help", "--today", "--count="])


@st.composite
def command_lines(draw: st.DrawFn) -> tuple[list[str], dict[str, str]]:
    command = draw(st.sampled_from(sorted(OPTIONS)))
    options = OPTIONS[command]
    args = [command]
    for name in draw(st.lists(st.sampled_from(sorted(options)), max_size=5)):
        strategy = options[name]
        args.append(name)
        if strategy is not None:
            args.append(draw(strategy))
    if draw(st.integers(0, 9)) == 0:
        args.insert(draw(st.integers(1, len(args))), draw(JUNK))
    if draw(st.booleans()):  # ask for what a script would: a stable, fast run
        args += ["--today", draw(st.sampled_from(DATES))]
    env = {
        name: draw(strategy)
        for name, strategy in ENVIRONMENT.items()
        if draw(st.integers(0, 3)) == 0
    }
    return args, env


def _no_nul(text: str) -> bool:
    return "\x00" not in text  # no argv or environment can hold one


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(command_lines())
def test_any_command_line_keeps_the_contract(case: tuple[list[str], dict[str, str]]) -> None:
    args, env = case
    if not all(map(_no_nul, [*args, *env.values()])):
        return
    env = {k: v for k, v in env.items() if "\udcff" not in v}  # os.environ cannot encode it
    result = CliRunner().invoke(app, args, env={**CLEAN_ENV, "TZ": None, **env})
    context = f"args={args!r} env={env!r}\nstdout={result.stdout!r}\nstderr={result.stderr!r}"
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(context) from result.exception
    assert result.exit_code in (0, 1, 2), context
    event(f"{args[0]} exit {result.exit_code}")
    assert "Traceback" not in result.stderr, context
    if result.exit_code == 2:
        assert result.stdout == "", context
        assert len(result.stderr.splitlines()) == 1, context
        assert result.stderr.startswith("mourning-day: "), context
    if result.exit_code == 0:
        assert result.stderr == "", context
