"""The layers are the folders: cli -> render -> i18n -> core, with system usable from all.

Every import counts, those inside functions too: an import hidden in a function to dodge a
cycle is still a cycle. Heavy libraries load only where they are used (start-up)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import mourning_day

PACKAGE = Path(mourning_day.__file__).parent
# Which layers each layer may import (besides itself). Root modules: __init__ re-exports
# the library, __main__ starts the process and then the command line.
ALLOWED = {
    "core": set(),
    "system": {"core"},
    "i18n": {"core", "system"},
    "render": {"i18n", "core", "system"},
    "cli": {"render", "i18n", "core", "system"},
    "__init__": {"core", "i18n"},
    "__main__": {"system", "cli"},
}
HEAVY = ("typer", "rich", "babel", "icalendar", "dateutil")
# Libraries a layer may not import at all.
BANNED = {
    "core": {"typer", "rich", "babel", "icalendar"},
    "system": {"typer", "rich", "babel", "icalendar"},
    "i18n": {"typer", "rich", "icalendar"},
    "render": {"typer"},
}
MODULES = sorted(PACKAGE.rglob("*.py"))


def _name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _layer(module: str) -> str:
    parts = module.split(".")
    if len(parts) == 1:
        return "__init__"
    return parts[1]


def _imports(path: Path, *, module_level: bool = False) -> set[str]:
    """Modules `path` imports; `from package import name` counts as package.name where
    that is a module of ours."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if module_level else list(ast.walk(tree))
    found: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            for alias in node.names:
                candidate = f"{node.module}.{alias.name}"
                if candidate in OURS:
                    found.add(candidate)
    return found


OURS = {_name(p) for p in MODULES}


@pytest.mark.parametrize("path", MODULES, ids=_name)
def test_imports_point_down_the_layers(path: Path) -> None:
    me = _name(path)
    layer = _layer(me) if me != "mourning_day.__main__" else "__main__"
    for imported in _imports(path):
        if not imported.startswith("mourning_day"):
            assert imported.split(".")[0] not in BANNED.get(layer, set()), imported
            continue
        assert imported != "mourning_day", "a module never imports the package back"
        other = _layer(imported)
        assert other == layer or other in ALLOWED[layer], f"{me} imports {imported}"


def test_there_is_no_import_cycle() -> None:
    graph = {_name(p): {i for i in _imports(p) if i in OURS} for p in MODULES}
    # A package's __init__ is imported with each of its modules: count that edge.
    for module in list(graph):
        parent = module.rpartition(".")[0]
        if parent in graph and parent != "mourning_day":
            graph[module].add(parent)
    done: set[str] = set()

    def visit(node: str, trail: tuple[str, ...]) -> None:
        assert node not in trail, " -> ".join((*trail, node))
        if node in done:
            return
        for nxt in graph[node]:
            visit(nxt, (*trail, node))
        done.add(node)

    for module in graph:
        visit(module, ())


def test_the_root_holds_the_public_api_and_a_few_modules() -> None:
    assert sorted(p.name for p in PACKAGE.glob("*.py")) == ["__init__.py", "__main__.py"]
    folders = {p.name for p in PACKAGE.iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert folders == {"core", "i18n", "render", "system", "cli"}


@pytest.mark.parametrize("path", MODULES, ids=_name)
def test_heavy_libraries_load_only_where_used(path: Path) -> None:
    heavy = {i.split(".")[0] for i in _imports(path, module_level=True)} & set(HEAVY)
    me = _name(path)
    if me.startswith("mourning_day.cli."):
        assert heavy <= {"typer"}, me  # the command line is Typer; nothing else up front
    elif me == "mourning_day.render.console":
        assert heavy == {"rich"}, me
    else:
        assert not heavy, me


PRIVATE = re.compile(r"\b(typer|click|rich)\._\w")


@pytest.mark.parametrize("path", MODULES, ids=_name)
def test_only_the_public_api_of_typer_click_and_rich(path: Path) -> None:
    """A private name ties the tool to one release of a library: no `typer._click`, and no
    override of a private method in a class built on Typer's."""
    source = path.read_text(encoding="utf-8")
    assert not PRIVATE.search(source)
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ClassDef) and any(
            ast.unparse(base).startswith(("typer", "Typer")) for base in node.bases
        ):
            for item in node.body:
                if isinstance(item, ast.FunctionDef):
                    assert not item.name.startswith("_") or item.name.startswith("__"), item.name
