"""Installed size on disk: this client and the official SDK, each alone and with its dependencies.

Dependencies are what the distribution requires at run time, followed recursively through
importlib.metadata (markers evaluated for this interpreter, extras off). A distribution's size is that
of every file its RECORD lists (package, `*.dist-info`, scripts), stat-ed on disk. Ours is installed
editable, so it has no RECORD: its size is that of what a wheel would take from the `elevenlabs_api`
and `elevenlabs_client` package folders (`.py` files and pyproject.toml's package-data; no metadata). Bytecode is counted apart, the same way on both sides: what compiling
each `.py` file writes (the 16-byte header and the marshalled code, as `py_compile` does), whether or
not a `.pyc` happens to be on disk.
"""

from __future__ import annotations

import base64
import fnmatch
import hashlib
import importlib.util
import io
import marshal
import sysconfig
import tomllib
import zipfile
from collections.abc import Iterator
from importlib.metadata import distribution
from pathlib import Path
from typing import Any

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
OURS = "elevenlabs-client"
OURS_PACKAGES = ("elevenlabs_api", "elevenlabs_client")
OFFICIAL = "elevenlabs"
MIB = 1024 * 1024
PYC_HEADER = 16
# What pip writes into a dist-info folder at install time; a wheel does not hold them.
INSTALLER_FILES = {"INSTALLER", "REQUESTED", "direct_url.json", "RECORD"}
WHEEL_METADATA = ("METADATA", "WHEEL", "entry_points.txt", "top_level.txt")


def requirements(name: str) -> list[str]:
    """The distributions `name` needs at run time on this interpreter, without extras."""
    needed: list[str] = []
    for line in distribution(name).requires or []:
        requirement = Requirement(line)
        if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
            needed.append(canonicalize_name(requirement.name))
    return needed


def dependencies(name: str) -> list[str]:
    """Every distribution `name` pulls in, recursively, itself excluded."""
    seen: set[str] = set()
    pending = requirements(name)
    while pending:
        current = pending.pop()
        if current not in seen:
            seen.add(current)
            pending.extend(requirements(current))
    seen.discard(canonicalize_name(name))
    return sorted(seen)


def bytecode_size(path: Path, name_in_site_packages: str) -> int:
    try:
        code = compile(path.read_bytes(), name_in_site_packages, "exec", dont_inherit=True)
    except (SyntaxError, ValueError):  # a file for another Python version: pip would not compile it either
        return 0
    return PYC_HEADER + len(marshal.dumps(code))


def distribution_size(name: str) -> dict[str, float]:
    """Files (bytecode excluded) and bytecode of one installed distribution, in bytes, from its RECORD."""
    dist = distribution(name)
    files = bytecode = 0
    for entry in dist.files or []:
        path = Path(str(dist.locate_file(entry)))
        if entry.suffix == ".pyc" or not path.is_file():
            continue
        files += path.stat().st_size
        if entry.suffix == ".py":
            bytecode += bytecode_size(path, str(path))
    return {"files": files, "bytecode": bytecode}


def ours_files() -> Iterator[tuple[str, Path]]:
    """Our two package folders as a wheel would install them: (path in site-packages, file).

    A wheel takes the `.py` files and what pyproject.toml's package-data names (`py.typed`): anything
    else lying in the folders (a work file, caches) would not be installed, so it is not counted.
    """
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    shipped = ["*.py", *setuptools.get("package-data", {}).get("*", [])]
    for package in OURS_PACKAGES:
        spec = importlib.util.find_spec(package)
        assert spec is not None and spec.submodule_search_locations, f"{package} is not installed"
        folder = Path(next(iter(spec.submodule_search_locations)))
        for path in sorted(folder.rglob("*")):
            if "__pycache__" in path.parts or not path.is_file():
                continue
            if any(fnmatch.fnmatch(path.name, pattern) for pattern in shipped):
                yield path.relative_to(folder.parent).as_posix(), path


def ours_size() -> dict[str, float]:
    """Our two package folders as a wheel would install them, and their bytecode."""
    site_packages = Path(sysconfig.get_paths()["purelib"])
    files = bytecode = 0
    for relative, path in ours_files():
        files += path.stat().st_size
        if path.suffix == ".py":
            bytecode += bytecode_size(path, str(site_packages / relative))
    return {"files": files, "bytecode": bytecode}


def wheel_contents(name: str) -> list[tuple[str, Path]]:
    """(name in the wheel, file) of what a wheel of `name` holds, its RECORD aside (see the docstring)."""
    dist = distribution(name)
    if name == OURS:  # installed editable: the package files, and the metadata the wheel would carry
        info = [e for e in dist.files or [] if e.parent.name.endswith(".dist-info") and e.name in WHEEL_METADATA]
        return [*ours_files(), *((e.as_posix(), Path(str(dist.locate_file(e)))) for e in info)]
    contents = []
    for entry in dist.files or []:
        path = Path(str(dist.locate_file(entry)))
        if entry.suffix == ".pyc" or entry.parts[0] == ".." or not path.is_file():
            continue  # bytecode is written at install time; scripts would sit under .data/ (none here)
        if entry.parent.name.endswith(".dist-info") and entry.name in INSTALLER_FILES:
            continue
        contents.append((entry.as_posix(), path))
    return contents


def wheel_size(name: str) -> dict[str, Any]:
    """Bytes of a wheel of `name` zipped here (deflate, level 6), and how many files it holds."""
    contents = wheel_contents(name)
    record = []
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as wheel:
        for arcname, path in contents:
            data = path.read_bytes()
            wheel.writestr(arcname, data)
            digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
            record.append(f"{arcname},sha256={digest},{len(data)}")
        info = next(arcname.split("/")[0] for arcname, _ in contents if ".dist-info/" in arcname)
        record.append(f"{info}/RECORD,,")
        wheel.writestr(f"{info}/RECORD", "\n".join(record) + "\n")
    return {"bytes": buffer.tell(), "files": len(contents) + 1}


def footprint(name: str) -> dict[str, Any]:
    own = ours_size() if name == OURS else distribution_size(name)
    deps = {dep: distribution_size(dep) for dep in dependencies(name)}
    total_files = own["files"] + sum(d["files"] for d in deps.values())
    total_bytecode = own["bytecode"] + sum(d["bytecode"] for d in deps.values())
    return {
        "alone_mib": (own["files"] + own["bytecode"]) / MIB,
        "alone_without_bytecode_mib": own["files"] / MIB,
        "with_dependencies_mib": (total_files + total_bytecode) / MIB,
        "with_dependencies_without_bytecode_mib": total_files / MIB,
        "dependencies": sorted(deps),
        "bytes": {name: own, **deps},
    }


def measure_footprint() -> dict[str, dict[str, Any]]:
    sizes = {"ours": footprint(OURS), "official": footprint(OFFICIAL)}
    for who, name in (("ours", OURS), ("official", OFFICIAL)):
        wheel = wheel_size(name)
        sizes[who]["wheel_mib"] = wheel["bytes"] / MIB
        sizes[who]["wheel"] = wheel
    return sizes


def format_footprint(data: dict[str, dict[str, Any]]) -> str:
    ours, official = data["ours"], data["official"]
    lines = [("wheel and installed size (MiB)", "ours", "official", "ours/off")]
    for label, key in (
        ("wheel (zipped here, deflate 6)", "wheel_mib"),
        ("package alone", "alone_mib"),
        ("package + dependencies", "with_dependencies_mib"),
        ("package alone, no bytecode", "alone_without_bytecode_mib"),
        ("package + dependencies, no bytecode", "with_dependencies_without_bytecode_mib"),
    ):
        lines.append((label, f"{ours[key]:.1f}", f"{official[key]:.1f}", f"{ours[key] / official[key]:.2f}"))
    widths = [max(len(line[i]) for line in lines) for i in range(4)]
    out = [
        "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(line, widths))) for line in lines
    ]
    out.insert(1, "  ".join("-" * w for w in widths))
    out.append(f"ours needs: {', '.join(ours['dependencies'])}")
    out.append(f"official needs: {', '.join(official['dependencies'])}")
    return "\n".join(out)


if __name__ == "__main__":
    print(format_footprint(measure_footprint()))
