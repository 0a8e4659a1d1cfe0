"""The direction the apps depend on each other, as ``make lint`` checks it.

The contract lives in ``pyproject.toml`` (``[tool.importlinter]``). These tests
run import-linter on this tree, and on a small copy of the layout with one
forbidden import, so that a contract that could never fail would be noticed.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def contract() -> dict:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return tomllib.load(file)["tool"]["importlinter"]


def lint_imports(cwd: Path, config: Path) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603 (our own virtualenv's command)
        [str(LINT_IMPORTS), "--no-cache", "--config", str(config)],
        cwd=cwd,
        env={"PYTHONPATH": str(cwd), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )


def layout_with(tmp_path: Path, imports: dict[str, str]) -> Path:
    """Empty packages named like the apps, some importing others, and the
    project's own contract beside them."""
    settings = contract()
    for package in settings["root_packages"]:
        (tmp_path / package).mkdir()
        (tmp_path / package / "__init__.py").write_text(imports.get(package, ""))
    lines = ["[importlinter]", "root_packages ="]
    lines += [f"    {package}" for package in settings["root_packages"]]
    for number, rule in enumerate(settings["contracts"], start=1):
        lines += [f"[importlinter:contract:{number}]", f"name = {rule['name']}"]
        lines += [f"type = {rule['type']}", "layers ="]
        lines += [f"    {layer}" for layer in rule["layers"]]
    config = tmp_path / ".importlinter"
    config.write_text("\n".join(lines) + "\n")
    return config


def test_the_tree_keeps_the_contract():
    result = lint_imports(ROOT, ROOT / "pyproject.toml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 kept, 0 broken" in result.stdout


def test_the_order_is_the_agreed_one():
    (rule,) = contract()["contracts"]
    assert rule["type"] == "layers"
    assert rule["layers"][0] == "config"
    assert rule["layers"][-3:] == ["engagement", "lessons", "core"]


@pytest.mark.parametrize(
    ("importer", "imported"),
    [
        ("core", "lessons"),
        ("lessons", "engagement"),
        ("lessons", "home"),
        ("engagement", "governance"),
        ("governance", "search"),
        ("search", "home"),
        ("home", "config"),
    ],
)
def test_a_forbidden_import_breaks_the_contract(tmp_path, importer, imported):
    config = layout_with(tmp_path, {importer: f"import {imported}\n"})
    result = lint_imports(tmp_path, config)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "BROKEN" in result.stdout
    assert f"{importer} -> {imported}" in result.stdout


def test_an_allowed_import_keeps_it(tmp_path):
    config = layout_with(
        tmp_path,
        {
            "config": "import home\nimport search\n",
            "home": "import governance\nimport engagement\n",
            "engagement": "import lessons\nimport core\n",
            "lessons": "import core\n",
        },
    )
    result = lint_imports(tmp_path, config)
    assert result.returncode == 0, result.stdout + result.stderr
