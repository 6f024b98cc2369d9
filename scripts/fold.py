"""The models the generator writes, folded after it: the Literal enums gathered into models/_literals.py, a
model nested by one model only written into that model's module, and models/__init__.pyi for type checkers.
A step of scripts/generate.py (and of scripts/revision_check.py, which regenerates the spec history)."""

from __future__ import annotations

import ast
import json
from pathlib import Path
from typing import Any

from steps import GenerationError, format_python

# The first line of what templates/literal_enum.py.jinja writes for a Literal enum.
LITERAL_MARK = "# Gathered into models/_literals.py"
# The tables of models/__init__.py the stub is written from (templates/models_init.py.jinja).
MODEL_TABLES = ("_MODULES", "_ALIASES", "_UNIONS", "_PLAIN")


def write_fold_data(spec: Path, target: Path) -> None:
    """What templates/literal_imports.jinja needs to know beyond the generator's data: the models' modules
    a realtime channel imports (render_realtime), which stay modules of their own."""
    from normalizer.official_names import generator_class_name
    from openapi_python_client.strings import snake_case

    document = json.loads(spec.read_text(encoding="utf-8"))  # the normalizer's JSON (--json-output)
    schemas = document["components"]["schemas"]
    channels = (document.get("x-realtime") or {}).get("channels") or {}
    keys = {ref.removeprefix("#/components/schemas/") for ref in refs(channels)}
    for channel in channels.values():
        messages = channel["sends"] + channel["receives"] + [channel["first_message"] or {}]
        keys |= {message["schema"] for message in messages if message.get("schema")}
    modules = sorted({snake_case(generator_class_name(str(schemas[key].get("title") or key))) for key in keys})
    target.write_text(f"{{% set realtime_modules = {json.dumps(modules)} %}}\n", encoding="utf-8")


# The comment above the imports a model module makes after its classes (templates/model.py.jinja).
LATE_IMPORTS = "# Imported after the class: a nested model may import this module back (recursive schemas)."


def fold_models(models: Path, templates: Path) -> dict[str, str]:
    """Write what the generator cannot, from what it wrote: the Literal enums, each written to a module of
    its own as one line of data (templates/literal_enum.py.jinja), gathered into models/_literals.py and its
    stub; the models nested by one model only, written into that model's module (_fold_into); and
    models/__init__.pyi, every model by name for type checkers, from models/__init__.py's tables. Every
    import of a moved class already names its home (templates/literal_imports.jinja), and so does the
    table `_MODULES`. Returns each module folded away -> its home."""
    import jinja2

    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates), trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True
    )
    literals, folded = [], set()
    for path in sorted(models.glob("*.py")):
        text = path.read_text(encoding="utf-8")
        if text.startswith(LITERAL_MARK):
            literals.append(_assigned(ast.parse(text), "LITERAL"))
            folded.add(path.stem)
            path.unlink()
    literals.sort()
    for name in ("literals.py", "literals.pyi"):
        module = environment.get_template(f"{name}.jinja").render(literals=literals)
        (models / f"_{name}").write_text(module, encoding="utf-8")
    tree = ast.parse((models / "__init__.py").read_text(encoding="utf-8"))
    modules, aliases, unions, plains = (_assigned(tree, table) for table in MODEL_TABLES)
    # A module no class is said to live in (_MODULES) was folded into the one its class is said to live in.
    homes, kept = dict.fromkeys(folded, "_literals"), set(modules.values())
    guests: dict[str, list[Path]] = {}
    for path in sorted(models.glob("*.py")):
        if path.stem.startswith("_") or path.stem in kept:
            continue
        body = ast.parse(path.read_text(encoding="utf-8")).body
        found = {modules.get(node.name) for node in body if isinstance(node, ast.ClassDef)}
        if len(found) != 1 or None in found:
            raise GenerationError(f"models/{path.name}: no one home for its classes in models/__init__.py's _MODULES")
        homes[path.stem] = str(found.pop())
        guests.setdefault(homes[path.stem], []).append(path)
    for home, paths in sorted(guests.items()):
        _fold_into(models / f"{home}.py", paths)
    if guests:
        format_python(*(models / f"{home}.py" for home in sorted(guests)), fix_only=True)
    stub = environment.get_template("models_init.pyi.jinja").render(
        modules=modules,
        aliases=aliases,
        unions=unions,
        plains=plains,
        literal_members=any(member.startswith('"') for members in unions.values() for member in members),
    )
    (models / "__init__.pyi").write_text(stub, encoding="utf-8")
    format_python(models / "_literals.py", models / "_literals.pyi", models / "__init__.pyi")
    return homes


def _fold_into(home: Path, guests: list[Path]) -> None:
    """Write the classes of `guests` (modules sorted by name) after those of `home`, into `home`; the guests
    go. The imports at the top of each go to the top (ruff merges them), those made after the classes go
    after all of them, so a module importing this one back finds every class defined."""
    heads, bodies, lates = [], [], set()
    for path in [home, *guests]:
        text = path.read_text(encoding="utf-8")
        lines, body = text.splitlines(), ast.parse(text).body
        first = next(i for i, node in enumerate(body) if not isinstance(node, ast.Import | ast.ImportFrom))
        last = max(i for i, node in enumerate(body) if not isinstance(node, ast.Import | ast.ImportFrom))
        heads += [ast.unparse(node) for node in body[:first] if getattr(node, "module", None) != "__future__"]
        lates |= {ast.unparse(node) for node in body[last + 1 :]}
        start = min([body[first].lineno] + [node.lineno for node in getattr(body[first], "decorator_list", [])])
        bodies.append("\n".join(lines[start - 1 : body[last].end_lineno]))
        if path != home:
            path.unlink()
    text = "from __future__ import annotations\n\n" + "\n".join(dict.fromkeys(heads)) + "\n\n\n"
    text += "\n\n\n".join(bodies) + "\n"
    if lates:
        text += f"\n\n{LATE_IMPORTS}\n" + "".join(f"{line}  # noqa: E402\n" for line in sorted(lates))
    home.write_text(text, encoding="utf-8")


def _assigned(tree: ast.Module, name: str) -> Any:
    """The literal value a module assigns to `name` at its top level."""
    for node in tree.body:
        if isinstance(node, ast.Assign) and [getattr(target, "id", None) for target in node.targets] == [name]:
            return ast.literal_eval(node.value)
    raise GenerationError(f"no {name} = ... in the generated module")


def refs(node: object) -> list[str]:
    """Every `$ref` under `node`."""
    if isinstance(node, dict):
        own = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return own + [ref for value in node.values() for ref in refs(value)]
    if isinstance(node, list):
        return [ref for value in node for ref in refs(value)]
    return []
