"""Imports flow one way: cli -> render -> domain; heavy libraries stay off module level."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parent.parent / "src" / "mourning_day"
DOMAIN = ["anniversary", "ordinals", "silence", "vigil", "facts", "observance", "zones", "clock"]
# Below the renderers but above the domain: no CLI, no Rich, heavy libraries only lazily.
SUPPORT = ["messages", "calendar_names", "language", "output_file", "terminal"]
HEAVY = ("typer", "rich", "babel", "icalendar", "dateutil")


def _module_level_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in tree.body:  # module level only: imports inside functions are lazy
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def _all_imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("module", DOMAIN + SUPPORT)
def test_domain_imports_no_cli_render_or_heavy_library_at_module_level(module: str) -> None:
    imports = _module_level_imports(PACKAGE / f"{module}.py")
    assert not {i for i in imports if i.split(".")[0] in HEAVY}
    assert not {i for i in imports if i.startswith(("mourning_day.cli", "mourning_day.render"))}


@pytest.mark.parametrize("module", DOMAIN + SUPPORT)
def test_domain_never_imports_the_cli_or_renderers(module: str) -> None:
    imports = _all_imports(PACKAGE / f"{module}.py")
    assert not {i for i in imports if i.split(".")[0] in ("typer", "rich")}
    assert not {i for i in imports if i.startswith(("mourning_day.cli", "mourning_day.render"))}


@pytest.mark.parametrize("path", sorted((PACKAGE / "render").glob("*.py")), ids=lambda p: p.name)
def test_renderers_never_import_the_cli(path: Path) -> None:
    assert "mourning_day.cli" not in _all_imports(path)
    assert "typer" not in {i.split(".")[0] for i in _all_imports(path)}


def test_only_the_rich_renderer_imports_rich_at_module_level() -> None:
    for path in PACKAGE.rglob("*.py"):
        uses_rich = any(i.split(".")[0] == "rich" for i in _module_level_imports(path))
        assert uses_rich == (path.name == "console.py"), path
