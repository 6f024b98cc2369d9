"""Does one revision of the vendor's whole spec regenerate clean? Shared by spec_history.py and update_spec.py.

A clean regeneration: the normalizer takes it, the generator has no warning, and every operation
of the spec is a generated function (the generator leaves out, with only a warning, what it
cannot read; the last check also catches what a pass or a template might drop silently).

    python scripts/revision_check.py SPEC [SPEC ...]   # one line per whole spec (JSON); exit 1 if any is not clean

Nothing in the repository changes: each spec is generated in a temporary folder.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "openapi"))

import normalize as n
from fold import write_fold_data

__all__ = ["Outcome", "check_revision", "generated_keys", "missing_operations", "n"]

# What every generated endpoint module's _get_kwargs holds, formatted by ruff or not.
PATH_PARAMETER = re.compile(r"\{[^}]*\}")
UNTRUSTED = re.compile(r"<openapi_python_client\S* object at 0x[0-9a-f]+>")
GENERATED_CALL = re.compile(r'"method": "(\w+)",\s+"url": "([^"]+)"')


def operation_keys(doc: Any) -> set[str]:
    """Every operation of a document as "METHOD /path", the path template as the spec writes it."""
    if not isinstance(doc, dict):
        return set()
    return {f"{str(method).upper()} {path}" for (_, path, method), _ in n.operations(doc)}


def _template(key: str) -> str:
    # Path parameters may be renamed in the generated code (`{agentId}` -> `{agent_id}`): compare the shape.
    method, path = key.split(" ", 1)
    return method.upper() + " " + PATH_PARAMETER.sub("{}", path)


def generated_keys(api: Path) -> set[str]:
    """ "METHOD /path" (parameters as `{}`) of every endpoint module under a generated package's api/."""
    keys = set()
    for module in api.glob("*/*.py"):
        if module.stem != "__init__":
            for method, url in GENERATED_CALL.findall(module.read_text(encoding="utf-8")):
                keys.add(_template(f"{method} {url}"))
    return keys


def missing_operations(whole: Any, api: Path) -> list[str]:
    """The operations of `whole` that have no generated function under `api`."""
    generated = generated_keys(api)
    return sorted(key for key in operation_keys(whole) if _template(key) not in generated)


def schema_count(doc: Any) -> int:
    return len(((doc.get("components") or {}).get("schemas") or {}) if isinstance(doc, dict) else {})


@dataclass
class Outcome:
    revision: str
    operations: int = 0
    schemas: int = 0
    warnings: int = 0
    seconds: float = 0.0
    problem: str = ""

    @property
    def passed(self) -> bool:
        return not self.problem


def check_revision(root: Path, whole_file: Path, scratch: Path) -> Outcome:
    """Normalize and generate one whole spec under `scratch` (no formatting: it cannot add or hide a warning)."""
    outcome = Outcome(whole_file.stem)
    start = time.monotonic()
    try:
        outcome.problem = _check(root, whole_file, scratch, outcome)
    except Exception as error:  # noqa: BLE001 - one revision's surprise must not end the run: it is that revision's result
        outcome.problem = f"{type(error).__name__}: {error}".splitlines()[0]
    outcome.seconds = time.monotonic() - start
    return outcome


def _check(root: Path, whole_file: Path, scratch: Path, outcome: Outcome) -> str:
    from openapi_python_client import generate
    from openapi_python_client.config import Config, ConfigFile, MetaType

    try:
        whole = n.load_json(whole_file)
        outcome.operations, outcome.schemas = len(operation_keys(whole)), schema_count(whole)
        pages = n.load_pages(root / n.PAGES)
        document = n.normalize(
            whole,
            pages,
            whole_file=whole_file.name,
            servers=n.load_servers(root / n.SERVERS),
            overrides=n.load_overrides(root / n.OVERRIDES),
            overrides_file=str(n.OVERRIDES),
        )
    except n.SpecError as error:
        return f"normalizer: {error}"
    # JSON, not YAML: the generator parses it several times faster (its YAML loader is pure Python).
    templates, spec, output = scratch / "templates", scratch / "elevenlabs.json", scratch / "generated"
    shutil.copytree(root / "templates", templates)
    (templates / "spec_data.jinja").write_text(n.as_jinja(n.template_data(document)), encoding="utf-8")
    spec.write_text(n.dump_json(document), encoding="utf-8")
    write_fold_data(spec, templates / "fold_data.jinja")  # which models stay modules of their own, as generate.py
    config_file = ConfigFile.load_from_path(root / "generator-config.yaml")
    config_file.post_hooks = []
    config = Config.from_sources(config_file, MetaType.UV, spec, "utf-8", False, output)
    errors = generate(config=config, custom_template_path=templates)
    outcome.warnings = len(errors)
    if errors:
        first = errors[0]
        text = f"generator: {len(errors)} warning(s), first: {first.header} {first.detail or ''}".strip()
        # 0.29.1 prints some names as the repr of its UntrustedString, which says nothing.
        return UNTRUSTED.sub("(a schema)", text)
    missing = missing_operations(whole, output / "elevenlabs_api" / "api")
    if missing:
        return f"generator left out {len(missing)} operation(s): {', '.join(missing[:3])}"
    return ""


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="revision_check.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("specs", nargs="+", type=Path, metavar="SPEC", help="a whole spec of the vendor's (JSON)")
    args = parser.parse_args(argv)
    clean = True
    for spec in args.specs:
        with tempfile.TemporaryDirectory(prefix="revision-check-") as scratch:
            outcome = check_revision(ROOT, spec, Path(scratch))
        counts = f"{outcome.operations} operations, {outcome.schemas} schemas, {outcome.seconds:.0f} s"
        print(f"{spec}: {counts}: {outcome.problem or 'clean'}")
        clean = clean and outcome.passed
    return 0 if clean else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
