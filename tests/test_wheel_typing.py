"""mypy and pyright on a user's program, with the client installed from its wheel as a user installs it.

The wheel is built and installed into a fresh virtual environment. The checkers run in a folder outside
the repository with that environment's Python, so they find elevenlabs_client and elevenlabs_api only in
its site-packages: with the py.typed the wheel carries, or with none.
"""

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = {"elevenlabs_api": ROOT / "generated", "elevenlabs_client": ROOT / "overlays"}

# A user's slips: each line marked `# mistake` must be an error for both checkers, and no other line.
MISTAKES = """\
from elevenlabs_client import AsyncElevenLabs, ElevenLabs, VoiceResponseModle  # mistake: VoiceResponseModel
from elevenlabs_client import PodcastTextSource


def sync(client: ElevenLabs) -> None:
    client.history.list(page_size=50, sort_direction="descending")  # mistake: "asc" or "desc"
    item = client.history.get("id")
    print(item.txt)  # mistake: the field is text
    client.text_to_speech.convert("voice", txt="Hello")  # mistake: the keyword is text
    for voice in client.voices.iter_search(page_size=100):
        print(voice.nmae)  # mistake: the field is name
    PodcastTextSource(type="url", text="Hi")  # mistake: the tag of this kind is "text"


async def not_awaited(client: AsyncElevenLabs) -> None:
    page = client.history.list()
    print(page.has_more)  # mistake: page is a coroutine until awaited
"""
MISTAKE_LINES = {number for number, line in enumerate(MISTAKES.splitlines(), 1) if "# mistake" in line}


@dataclass
class Install:
    wheel: Path
    python: Path  # of the fresh environment
    site_packages: Path
    program: Path  # the user's program, in a folder outside the repository


def run(*args: str | Path) -> str:
    result = subprocess.run([str(a) for a in args], capture_output=True, text=True, check=False)
    assert result.returncode == 0, f"{args}: {result.stdout}{result.stderr}"
    return result.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Install:
    tmp = tmp_path_factory.mktemp("wheel")
    # Built from a copy of what the wheel takes: a build in the tree would leave build/ there, whose stale
    # files go into the next wheel.
    source = tmp / "source"
    for package, folder in PACKAGES.items():
        shutil.copytree(folder / package, source / folder.name / package, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    # Offline: .venv's setuptools is the build backend, pinned in `dev` as in [build-system].
    backend = tomllib.loads((ROOT / "pyproject.toml").read_text())["build-system"]["requires"]
    assert backend == [f"setuptools=={version('setuptools')}"], "pin setuptools in `dev` as in [build-system]"
    run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "--no-index",
        "--wheel-dir", tmp / "dist", source)  # fmt: skip
    (wheel,) = (tmp / "dist").glob("*.whl")

    venv = tmp / "venv"
    run(sys.executable, "-m", "venv", "--without-pip", venv)
    python = venv / "bin" / "python"
    run(sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-deps", "--no-index", wheel)
    site_packages = Path(run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])").strip())
    # The runtime dependencies (httpx, attrs, orjson) are .venv's, with no download: a .pth line naming a
    # folder puts it on sys.path without running that folder's own .pth files, among them the editable
    # install's, which would find the packages in the source tree.
    (site_packages / "dependencies_from_dev_venv.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")

    program = tmp / "program"
    program.mkdir()
    shutil.copy(ROOT / "tests" / "typing_usage.py", program / "typing_usage.py")
    (program / "mistakes.py").write_text(MISTAKES)
    # Strict, as many users run it; it also reports an import of a package with neither py.typed nor stubs.
    (program / "pyrightconfig.json").write_text('{"typeCheckingMode": "strict"}')
    return Install(wheel, python, site_packages, program)


def check(checker: str, install: Install, *files: str) -> tuple[dict[str, set[int]], list[str]]:
    """The lines with an error, by file, and the errors as `file:line: message`."""
    # Out of the repository, with no MYPYPATH, the checkers see only the fresh environment's packages. The
    # pyright wheel runs the pyright it carries unless a PYRIGHT_PYTHON_ variable asks for another: no download.
    env = {k: v for k, v in os.environ.items() if k != "MYPYPATH" and not k.startswith("PYRIGHT_PYTHON_")}
    env["PYRIGHT_PYTHON_CACHE_DIR"] = str(install.program / "pyright-downloads")
    if checker == "mypy":
        args = ["--strict", "--no-incremental", "--python-executable", str(install.python)]
    else:
        args = ["--outputjson", "--pythonpath", str(install.python)]
    result = subprocess.run(
        [sys.executable, "-m", checker, *args, *files],
        cwd=install.program, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode in (0, 1), result.stdout + result.stderr  # 1: errors found; more: it failed
    found: list[tuple[str, int, str]] = []
    if checker == "mypy":
        for printed in result.stdout.splitlines():
            where, _, message = printed.partition(": error: ")
            if message:
                file, line_number = where.rsplit(":", 1)
                found.append((file, int(line_number), message))
    else:
        for diagnostic in json.loads(result.stdout)["generalDiagnostics"]:
            if diagnostic["severity"] == "error":
                start = diagnostic["range"]["start"]["line"] + 1  # pyright counts lines from 0
                found.append((Path(diagnostic["file"]).name, start, diagnostic["message"]))
    errors: dict[str, set[int]] = {file: set() for file in files}
    for file, line, _ in found:
        errors[file].add(line)
    return errors, [f"{file}:{line}: {message}" for file, line, message in found]


def test_the_wheel_carries_py_typed_for_both_packages(installed: Install) -> None:
    names = zipfile.ZipFile(installed.wheel).namelist()
    assert [f"{package}/py.typed" for package in PACKAGES if f"{package}/py.typed" not in names] == []


def test_the_wheel_carries_the_spec_the_test_server_reads(installed: Install) -> None:
    names = zipfile.ZipFile(installed.wheel).namelist()
    assert "elevenlabs_api/openapi.json.gz" in names
    assert [name for name in names if "asyncapi" in name] == [], "the realtime channels are in openapi.json.gz"


def test_the_program_imports_the_wheels_copy(installed: Install) -> None:
    code = "import elevenlabs_api, elevenlabs_client; print(elevenlabs_api.__file__, elevenlabs_client.__file__)"
    files = run(installed.python, "-c", code)
    for file in files.split():
        assert Path(file).parent.parent == installed.site_packages, files


@pytest.mark.parametrize("checker", ["mypy", "pyright"])
def test_the_program_is_clean_and_each_mistake_is_reported(checker: str, installed: Install) -> None:
    errors, messages = check(checker, installed, "typing_usage.py", "mistakes.py")
    assert errors == {"typing_usage.py": set(), "mistakes.py": MISTAKE_LINES}, "\n".join(messages)
    assert not (installed.program / "pyright-downloads").exists(), "pyright downloaded a copy of itself"


def test_without_py_typed_the_checkers_say_the_client_is_untyped(installed: Install) -> None:
    # What the user of a wheel without the marker meets. It also shows that the checkers read the installed
    # copy: the source tree has the marker.
    marker = installed.site_packages / "elevenlabs_client" / "py.typed"
    marker.unlink(missing_ok=True)
    try:
        _, mypy_says = check("mypy", installed, "mistakes.py")
        _, pyright_says = check("pyright", installed, "mistakes.py")
    finally:
        marker.touch()
    untyped = (
        'Skipping analyzing "elevenlabs_client": module is installed, but missing library stubs or py.typed marker'
    )
    assert f"mistakes.py:1: {untyped}  [import-untyped]" in mypy_says, "\n".join(mypy_says)
    assert 'mistakes.py:1: Stub file not found for "elevenlabs_client"' in pyright_says, "\n".join(pyright_says)
