"""Virtual environments that hold what a user's install has, for the import row.

The project's `.venv` also holds the dev tools and what they bring (click, rich, pygments, pydantic
plugins, ...), and some of that changes what an import does there: httpx's `__init__` loads its own
command line whenever click, rich and pygments are importable. `pip install elevenlabs-client` or
`pip install elevenlabs` brings none of them. So the import row runs each contender in a virtual
environment of its own with only its run-time distributions:

- ours: `elevenlabs-client`'s dependencies (pyproject.toml's `dependencies`, followed recursively) and
  its two package folders, copied into site-packages as a wheel lays them out;
- official: `elevenlabs` and its dependencies;
- floor: `httpx` and its dependencies.

Each distribution is copied from `.venv` by its RECORD, at the version installed there: no network, no
build, a few seconds. Only what RECORD puts in site-packages is copied (not scripts); `.pyc` files are
left out, so each environment writes its own in the benchmark's uncounted first round.

    .venv/bin/python benchmarks/clean_envs.py    # builds them in a temp folder, lists them, times one import each
"""

from __future__ import annotations

import shutil
import sysconfig
import tempfile
import venv
from importlib.metadata import distribution
from pathlib import Path

from footprint import OFFICIAL, OURS, OURS_PACKAGES, ROOT, dependencies
from packaging.utils import canonicalize_name

# Where pyproject.toml's package finder looks for our two packages.
OURS_SOURCES = {"elevenlabs_api": ROOT / "generated", "elevenlabs_client": ROOT / "overlays"}
CONTENDERS = {
    "ours": [canonicalize_name(name) for name in dependencies(OURS)],
    "official": [OFFICIAL, *dependencies(OFFICIAL)],
    "floor": ["httpx", *dependencies("httpx")],
}


def site_packages(env: Path) -> Path:
    return Path(sysconfig.get_path("purelib", vars={"base": str(env), "platbase": str(env)}))


def copy_distribution(name: str, target: Path) -> str:
    """Copy one installed distribution's site-packages files (its RECORD) into `target`; its version."""
    dist = distribution(name)
    origin = Path(str(dist.locate_file("")))
    for entry in dist.files or []:
        if entry.parts[0] == ".." or entry.suffix == ".pyc":
            continue  # scripts (bin/) are not imported; bytecode is written anew by the first round
        source = Path(str(dist.locate_file(entry)))
        if source.is_file():
            destination = target / source.relative_to(origin)
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, destination)
    return dist.version


def build(root: Path) -> dict[str, dict[str, object]]:
    """One virtual environment per contender under `root`: its interpreter and what it holds."""
    envs: dict[str, dict[str, object]] = {}
    for who, names in CONTENDERS.items():
        env = root / who
        venv.EnvBuilder(with_pip=False, symlinks=True).create(env)
        target = site_packages(env)
        held = {name: copy_distribution(name, target) for name in sorted(names)}
        if who == "ours":
            for package in OURS_PACKAGES:
                shutil.copytree(
                    OURS_SOURCES[package] / package,
                    target / package,
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
                )
            held[OURS] = "this tree"
        envs[who] = {
            "python": str(env / "bin" / "python"),
            "distributions": held,
            "pth_files": sorted(p.name for p in target.glob("*.pth")),
        }
    return envs


if __name__ == "__main__":
    import subprocess

    from children import child_environment

    statements = {
        "ours": "from elevenlabs_client import ElevenLabs",
        "official": "from elevenlabs import ElevenLabs",
        "floor": "import httpx",
    }
    env = child_environment()
    code = "import sys, time; b = len(sys.modules); t = time.perf_counter(); {}; " + (
        "print(f'{{(time.perf_counter() - t) * 1000:.1f}} ms, {{len(sys.modules) - b}} modules')"
    )
    with tempfile.TemporaryDirectory(prefix="bench-envs-") as tmp:
        for who, built in build(Path(tmp)).items():
            print(who, ", ".join(f"{name} {version}" for name, version in built["distributions"].items()))
            for _ in range(2):  # the first writes the .pyc files
                python = [str(built["python"]), "-c", code.format(statements[who])]
                out = subprocess.run(python, cwd=tmp, env=env, capture_output=True, text=True, check=True)
            print("   ", statements[who] + ":", out.stdout.strip())
