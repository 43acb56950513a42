"""The wheel, as `pip install eventwatch` would give it: built from this checkout, installed into
a fresh virtualenv, and used from there (never from the checkout: every command runs in an empty
directory, so no folder of the repository can be imported by accident).

The fresh virtualenv reaches the third-party dependencies through a .pth line to the test's own
environment (installing spaCy and the rest again would take minutes); a directory added that way
has its .pth files ignored, so the development install's import hook stays out.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def run(argv: list[str], cwd: Path, **kwargs: object) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    return subprocess.run(
        argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=600, check=False, **kwargs
    )  # type: ignore[call-overload]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    built = run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(out)],
        cwd=out,
    )
    assert built.returncode == 0, built.stderr[-2000:]
    (found,) = out.glob("eventwatch-*.whl")
    return found


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, set[str], set[str]]:
    """A fresh virtualenv with the wheel installed: (its python, site-packages before, after)."""
    home = tmp_path_factory.mktemp("venv")
    made = run([sys.executable, "-m", "venv", str(home / "env")], cwd=home)
    assert made.returncode == 0, made.stderr
    python = home / "env" / "bin" / "python"
    purelib = Path(
        run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], home
        ).stdout.strip()
    )
    deps = sysconfig.get_path("purelib")
    (purelib / "_eventwatch_test_dependencies.pth").write_text(deps + "\n")
    before = {p.name for p in purelib.iterdir()}
    installed = run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)], home
    )
    assert installed.returncode == 0, installed.stderr[-2000:]
    after = {p.name for p in purelib.iterdir()}
    return python, before, after


def test_site_packages_gains_only_eventwatch(venv: tuple[Path, set[str], set[str]]) -> None:
    _, before, after = venv
    added = {name for name in after - before if name != "__pycache__"}
    assert added == {"eventwatch", "eventwatch-0.1.0.dist-info"}


def test_every_file_of_the_packages_is_in_the_wheel(wheel: Path) -> None:
    tracked = run(["git", "ls-files"], cwd=ROOT).stdout.split()
    folders = {p.parent.name for p in ROOT.glob("*/__init__.py")} - {"tests"}
    expected = set()
    for path in tracked:
        top, _, rest = path.partition("/")
        if top in folders and rest and not (ROOT / path).is_symlink():
            expected.add(f"eventwatch/{rest}" if top == "eventwatch" else f"eventwatch/{path}")
    shipped = set(zipfile.ZipFile(wheel).namelist())
    assert sorted(expected - shipped) == []


def test_commands_work_from_the_installed_wheel(
    venv: tuple[Path, set[str], set[str]], tmp_path: Path
) -> None:
    python, _, _ = venv
    eventwatch = str(python.parent / "eventwatch")
    helped = run([eventwatch, "--help"], tmp_path)
    assert helped.returncode == 0 and "tag" in helped.stdout and "rules" in helped.stdout

    article = tmp_path / "article.txt"
    article.write_text(
        "Bomb attack on a market in Kabul\n"
        "A suicide bomber killed twelve people at a crowded market in Kabul on Monday, "
        "police said. The Islamic State group claimed responsibility for the attack.\n",
        "utf-8",
    )
    tagged = run([eventwatch, "tag", str(article), "--format", "json"], tmp_path)
    assert tagged.returncode == 0, tagged.stderr[-2000:]
    result = json.loads(tagged.stdout)
    assert result["language"] == "en"
    assert "terror_attack" in {e["type"] for e in result["events"]}

    schema = run([eventwatch, "rules", "schema"], tmp_path)
    assert schema.returncode == 0, schema.stderr[-2000:]
    assert "threshold" in json.dumps(json.loads(schema.stdout))


def test_dashboard_app_factory_serves_its_assets(
    venv: tuple[Path, set[str], set[str]], tmp_path: Path
) -> None:
    python, _, _ = venv
    probe = (
        "import eventwatch, json\n"
        "from fastapi.testclient import TestClient\n"
        "from eventwatch.dashboard.app import create_app\n"
        "client = TestClient(create_app(live=False), base_url='http://127.0.0.1')\n"
        "paths = ['/static/app.js', '/taxonomy.css', '/docs',\n"
        "         '/vendor/swagger-ui/swagger-ui.css']\n"
        "print(json.dumps({'file': eventwatch.__file__,\n"
        "                  'status': {p: client.get(p).status_code for p in paths}}))\n"
    )
    result = run([str(python), "-c", probe], tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert str(ROOT) not in report["file"] and "site-packages" in report["file"]
    assert report["status"] == dict.fromkeys(report["status"], 200)
