"""The one error path: every mistake, ours or click's, becomes one line on stderr in the
reader's language, with exit status 2.

Parsers and commands raise Mistake (a catalog key and its values); click's own errors
(an unknown option, a missing value) are read by the attributes click documents for them,
so no private class is imported."""

import os
import sys
from collections.abc import Mapping, Sequence
from typing import Any

import typer

from mourning_day.i18n import language
from mourning_day.i18n.messages import Messages
from mourning_day.i18n.suggest import close_matches, close_zones
from mourning_day.render.escape import shown, visible
from mourning_day.system.process import quiet_stderr

PROG = "mourning-day"
EXIT_OK, EXIT_NO, EXIT_USAGE = 0, 1, 2
ARGS = "mourning_day.args"  # ctx.meta key: the command line as typed, for the language
TYPED = ("value", "name", "args")  # the values in a message that the user typed


class Mistake(typer.BadParameter):
    """Something the user typed or set: a catalog key and its values. Raised inside a
    parser, click attaches the option (and so its environment variable) on the way out.
    `see_help` is for mistakes in the command line's shape, which name the help to read;
    a bad value's message says what is valid instead. `near` are names to suggest."""

    def __init__(
        self,
        key: str,
        *,
        param: str | None = None,
        near: Sequence[str] = (),
        see_help: bool = False,
        **values: object,
    ) -> None:
        super().__init__(key)
        self.key, self.param_name, self.values = key, param, values
        self.near, self.see_help = list(near), see_help

    def with_ctx(self, ctx: Any) -> "Mistake":
        self.ctx = ctx
        return self


def unknown(kind: str, value: str, choices: Sequence[str], param: str | None = None) -> Mistake:
    """An unknown name (format, field, language, zone, moment): the closest valid ones if
    any look meant, else the list of valid ones."""
    near = close_zones(value) if kind == "zone" else close_matches(value, choices)
    if near:
        return Mistake(f"usage.unknown_{kind}", param=param, near=near, value=value)
    return Mistake(f"errors.{kind}", param=param, value=value, choices=", ".join(choices))


def report(message: str, code: int) -> int:
    """One line on stderr, prefixed with the program's name; returns `code` for the caller.
    If stderr is closed or full the line is lost, but the exit status stays."""
    try:
        print(f"{PROG}: {visible(message)}", file=sys.stderr, flush=True)
    except (OSError, ValueError):
        sys.stderr = quiet_stderr()  # drop what is buffered, so no later flush fails again
    return code


def reader_language(ctx: Any, env: Mapping[str, str] = os.environ) -> str:
    """The reader's language as the command line typed (ARGS) and the environment say."""
    args = ctx.find_root().meta.get(ARGS, []) if ctx is not None else []
    return language.reader_language(args or [], env)


def message(error: typer.TyperException) -> str:
    """The error as one line in the reader's language."""
    ctx = getattr(error, "ctx", None)
    msgs = Messages(reader_language(ctx))
    if isinstance(error, Mistake):
        text = _mistake(error, ctx, msgs)
        see_help = error.see_help
    else:
        text, see_help = _clicks(error, ctx, msgs), True
    if see_help and ctx is not None:
        text = msgs.text("usage.see_help", message=text, command=ctx.command_path)
    return text


def _mistake(error: Mistake, ctx: Any, msgs: Messages) -> str:
    values = {k: _echoed(v) if k in TYPED else v for k, v in error.values.items()}
    text = msgs.suggesting(msgs.text(error.key, **values), error.near)
    param = error.param or _param(ctx, error.param_name)
    if param is not None and ctx is not None and param.name:
        source = ctx.get_parameter_source(param.name)
        if source is not None and source.name == "ENVIRONMENT" and isinstance(param.envvar, str):
            text = msgs.text("errors.from_env", message=text, var=param.envvar)
    return text


def _echoed(value: object) -> object:
    if isinstance(value, str):
        return shown(value)
    if isinstance(value, list):
        return " ".join(shown(str(v)) for v in value)
    return value


def _param(ctx: Any, name: str | None) -> Any:
    if ctx is None or name is None:
        return None
    return next((p for p in ctx.command.params if p.name == name), None)


def _clicks(error: Any, ctx: Any, msgs: Messages) -> str:
    """Click's own usage errors, told apart by the attributes click gives each kind."""
    option = getattr(error, "option_name", None)
    if option is not None and hasattr(error, "possibilities"):  # NoSuchOption
        problem = msgs.text("usage.no_such_option", name=shown(option))
        known = [o for p in ctx.command.get_params(ctx) for o in (*p.opts, *p.secondary_opts)]
        return msgs.suggesting(problem, close_matches(option, known))
    if option is not None and ctx is not None:  # BadOptionUsage: a value missing or extra
        param = next((p for p in ctx.command.get_params(ctx) if option in p.opts), None)
        flag = param is not None and getattr(param, "is_flag", False)
        key = "usage.takes_no_value" if flag else "usage.requires_value"
        return msgs.text(key, name=shown(option))
    param = getattr(error, "param", None)
    if hasattr(error, "param_type") and param is not None:  # MissingParameter
        return msgs.text("usage.missing_argument", name=param.metavar or param.name.upper())
    return visible(str(error.format_message()))
