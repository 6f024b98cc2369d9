"""The reference (docs/reference/, written by `make generate`) against the client itself: every operation of
the spec has its entry on its group's page, with a sync and an async example, and every signature the
reference prints is the method's own, as its source writes it (names, order, keyword-only or not, defaults,
annotations; the `models.`, `builtins.`, `typing.` and `realtime.` prefixes left out, as the pages print
them). The drift check keeps the pages current with the sources; this keeps them true to the code."""

from __future__ import annotations

import ast
import inspect
import re
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import elevenlabs_api.types
import pytest
from conftest import API_KEY
from elevenlabs_client import AsyncElevenLabs, ElevenLabs
from test_surface import SPEC, method_of, spec_operations

REFERENCE = Path(__file__).resolve().parent.parent / "docs" / "reference"
ENTRY = re.compile(r"^##+ `(?P<path>client(?:\.\w+)+)`", flags=re.MULTILINE)
SIGNATURE = re.compile(r"<!-- signature: (?P<flavour>sync|async) -->\s*```python\n(?P<code>.*?)```", flags=re.DOTALL)
EXAMPLE = re.compile(r"<!-- example: (?P<flavour>sync|async) -->\s*```python\n", flags=re.DOTALL)
PREFIX = re.compile(r"\b(?:builtins|models|typing|realtime)\.")
CLIENTS: dict[str, Any] = {"sync": ElevenLabs(api_key=API_KEY), "async": AsyncElevenLabs(api_key=API_KEY)}


class Entry:
    """One method's entry on a reference page: its signature blocks and its example count, by flavour."""

    def __init__(self, page: Path, line: int, text: str) -> None:
        self.where = f"{page.relative_to(REFERENCE.parent.parent)}:{line}"
        self.signatures = {match["flavour"]: match["code"] for match in SIGNATURE.finditer(text)}
        self.examples = [match["flavour"] for match in EXAMPLE.finditer(text)]


def entries(page: Path) -> dict[str, Entry]:
    """The page's entries by the method's path (`client.dubbing.resource.render`), each its text up to the next."""
    text = page.read_text(encoding="utf-8")
    found = list(ENTRY.finditer(text))
    ends = [match.start() for match in found[1:]] + [len(text)]
    return {
        match["path"]: Entry(page, text.count("\n", 0, match.start()) + 1, text[match.start() : end])
        for match, end in zip(found, ends, strict=True)
    }


def written(annotation: Any) -> str:
    """An annotation as the reference prints it: as the source writes it (the modules use `from __future__
    import annotations`, so it is text), without the prefixes, in ast.unparse's spelling."""
    text = annotation if isinstance(annotation, str) else getattr(annotation, "__qualname__", repr(annotation))
    return PREFIX.sub("", ast.unparse(ast.parse(text, mode="eval")))


KINDS = {
    inspect.Parameter.POSITIONAL_ONLY: "positional-only",
    inspect.Parameter.POSITIONAL_OR_KEYWORD: "positional",
    inspect.Parameter.VAR_POSITIONAL: "*",
    inspect.Parameter.KEYWORD_ONLY: "keyword-only",
    inspect.Parameter.VAR_KEYWORD: "**",
}


def printed_function(code: str) -> tuple[Callable[..., Any], bool]:
    """The printed block as a function with its signature, read by Python itself (annotations and defaults
    kept as text), and whether it is `async def`."""
    node = ast.parse(textwrap.dedent(code)).body[0]
    assert isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef), f"not a def: {code!r}"
    for arg in ast.walk(node.args):
        if isinstance(arg, ast.arg) and arg.annotation is not None:
            arg.annotation = ast.Constant(ast.unparse(arg.annotation))
    node.args.defaults = [ast.Constant(ast.unparse(d)) for d in node.args.defaults]
    node.args.kw_defaults = [None if d is None else ast.Constant(ast.unparse(d)) for d in node.args.kw_defaults]
    node.returns = None if node.returns is None else ast.Constant(ast.unparse(node.returns))
    node.body = [ast.Pass()]
    namespace: dict[str, Any] = {}
    exec(compile(ast.fix_missing_locations(ast.Module([node], [])), "<printed>", "exec", dont_inherit=True), namespace)  # noqa: S102
    return namespace[node.name], isinstance(node, ast.AsyncFunctionDef)


def parameter_kinds(signature: inspect.Signature) -> list[tuple[str, str]]:
    return [(parameter.name, KINDS[parameter.kind]) for parameter in signature.parameters.values()]


def signature_problems(printed: str, method: Callable[..., Any]) -> list[str]:
    """How the printed signature differs from the method's (as inspect reads it, as help() and IDEs show it):
    empty when it is the method's own. A printed default is evaluated where the method's source is."""
    try:
        shown, is_async = printed_function(printed)
    except (SyntaxError, AssertionError) as error:
        return [f"cannot read it: {error}"]
    problems = []
    if (shown.__name__, is_async) != (method.__name__, inspect.iscoroutinefunction(method)):
        problems.append(f"prints {'async def' if is_async else 'def'} {shown.__name__}")
    own, theirs = inspect.signature(method), inspect.signature(shown)
    own = own.replace(parameters=[p for p in own.parameters.values() if p.name != "self"])  # a class's function
    if parameter_kinds(own) != parameter_kinds(theirs):
        return [
            *problems,
            f"prints the parameters {parameter_kinds(theirs)} where the method has {parameter_kinds(own)}",
        ]
    # Where the method's source is, and the package's types (UNSET) for a method that takes its signature
    # from another's (speech_engine's handles).
    scope = {**vars(elevenlabs_api.types), **getattr(inspect.unwrap(method), "__globals__", {})}
    for mine, printed_one in zip(own.parameters.values(), theirs.parameters.values(), strict=True):
        if (mine.annotation is mine.empty) != (printed_one.annotation is printed_one.empty) or (
            mine.annotation is not mine.empty and written(mine.annotation) != written(printed_one.annotation)
        ):
            problems.append(
                f"{mine.name}: prints the type {printed_one.annotation} where the method has {mine.annotation}"
            )
        if (mine.default is mine.empty) != (printed_one.default is printed_one.empty):
            problems.append(f"{mine.name}: prints it {'optional' if mine.default is mine.empty else 'required'}")
        elif mine.default is not mine.empty and eval(printed_one.default, scope) != mine.default:
            problems.append(
                f"{mine.name}: prints the default {printed_one.default} where the method has {mine.default!r}"
            )
    if written(own.return_annotation) != written(theirs.return_annotation):
        problems.append(
            f"prints the return type {theirs.return_annotation} where the method has {own.return_annotation}"
        )
    return problems


PAGES = {page: entries(page) for page in sorted(REFERENCE.glob("*.md")) if page.name != "index.md"}
ENTRIES = {path: entry for page_entries in PAGES.values() for path, entry in page_entries.items()}


def operation_path(operation: dict[str, Any]) -> str:
    return ".".join(["client", *operation["x-fern-sdk-group-name"], operation["x-fern-sdk-method-name"]])


def test_every_operation_has_an_entry_on_its_groups_page_with_a_sync_and_an_async_example() -> None:
    problems = []
    for path, method, operation in spec_operations():
        page = REFERENCE / f"{operation['tags'][0]}.md"
        entry = PAGES.get(page, {}).get(operation_path(operation))
        if entry is None:
            problems.append(f"{method.upper()} {path}: no `{operation_path(operation)}` entry on {page.name}")
        elif sorted(entry.examples) != ["async", "sync"] or sorted(entry.signatures) != ["async", "sync"]:
            problems.append(f"{entry.where}: examples {entry.examples}, signatures {sorted(entry.signatures)}")
    assert not problems, "\n".join(problems)


def test_every_entry_is_an_operation_of_the_spec_and_every_channel_has_a_page_with_both_examples() -> None:
    operations = {operation_path(operation) for _, _, operation in spec_operations()}
    assert not [entry.where for path, entry in ENTRIES.items() if path not in operations]
    # PAGES keeps one entry per method: a second one, anywhere, would be checked by nothing here.
    headings = [match["path"] for page in PAGES for match in ENTRY.finditer(page.read_text(encoding="utf-8"))]
    assert len(headings) == len(ENTRIES), sorted({path for path in headings if headings.count(path) > 1})
    for name in SPEC["x-realtime"]["channels"]:
        page = REFERENCE / "realtime" / f"{name}.md"
        assert page.is_file(), f"no page for the realtime channel {name}"
        examples = [match["flavour"] for match in EXAMPLE.finditer(page.read_text(encoding="utf-8"))]
        assert sorted(examples) == ["async", "sync"], f"{page.name}: examples {examples}"


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_every_printed_signature_is_the_methods_own(flavour: str) -> None:
    problems = []
    for _, _, operation in spec_operations():
        entry = ENTRIES.get(operation_path(operation))
        if entry is None or flavour not in entry.signatures:
            continue  # the test above names it
        method = method_of(CLIENTS[flavour], operation)
        problems += [
            f"{entry.where} ({flavour}): {problem}" for problem in signature_problems(entry.signatures[flavour], method)
        ]
    assert not problems, "\n".join(problems)


# The comparison itself, on a real method: the printed form of its source passes, and each kind of mistake fails.
RENDER = CLIENTS["async"].dubbing.resource.render
RIGHT = """
async def render(
    dubbing_id: str,
    language: str,
    render_type: RenderType,
    *,
    normalize_volume: bool | None | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> DubbingRenderResponseModel: ...
"""


def test_the_printed_form_of_a_methods_source_is_its_own() -> None:
    assert signature_problems(RIGHT, RENDER) == []


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        ("async def", "def"),  # not a coroutine
        ("language: str,\n", ""),  # a parameter left out
        ("dubbing_id: str,\n    language: str", "language: str,\n    dubbing_id: str"),  # out of order
        ("    *,\n", ""),  # keyword-only shown as positional
        ("= UNSET", "= None"),  # another default
        ("render_type: RenderType", "render_type: str"),  # another annotation
        ("-> DubbingRenderResponseModel", "-> DubbingResource"),  # another return type
        ("def render(", "def rendered("),  # another name
    ],
)
def test_a_signature_that_is_not_the_methods_own_is_named(wrong: str, right: str) -> None:
    assert wrong in RIGHT
    assert signature_problems(RIGHT.replace(wrong, right, 1), RENDER)


def test_a_signature_that_does_not_parse_is_named() -> None:
    (problem,) = signature_problems("def render(: ...", RENDER)
    assert problem.startswith("cannot read it: ")
