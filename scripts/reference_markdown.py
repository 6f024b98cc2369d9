"""How the reference writes Python and the spec's text in Markdown, for both halves (the HTTP pages,
scripts/reference_pages.py, and the realtime channels' pages, scripts/reference_realtime.py): a method's
signature block, an annotation in a table's Type column (`type_cell`), what its docstring says of each
argument (`documented`), and the spec's prose with its links kept working (`prose`, `cell`).

A signature block, the agreed format of docs/reference/:

    def realtime_session(
        voice_id: str,
        *,
        model_id: str | Unset = UNSET,
    ) -> stream_input.Session: ...

names, order and kinds from `inspect.signature`, annotations as written in the source (the modules use
`from __future__ import annotations`, so inspect hands them over as text) with the `builtins.`, `models.`,
`typing.` and `realtime.` prefixes removed, defaults as written in the source (read from its AST), no `self`,
one parameter a line, ending `: ...` so that the block parses with `ast.parse`.
"""

from __future__ import annotations

import ast
import inspect
import re
import textwrap
from collections.abc import Callable
from typing import Any, ForwardRef

# An argument in a docstring's `Args:`: `    name (type): text`.
ARGUMENT = re.compile(r"^    (\w+) \(.*\):\s*(.*)$")
STARS: dict[Any, str] = {inspect.Parameter.VAR_POSITIONAL: "*", inspect.Parameter.VAR_KEYWORD: "**"}
PREFIXES = re.compile(r"\b(?:builtins|models|typing|realtime)\.")


def plain(annotation: object) -> str:
    """An annotation as written, its module prefixes removed."""
    if isinstance(annotation, ForwardRef):  # a TypedDict's annotations, written as text
        annotation = annotation.__forward_arg__
    if isinstance(annotation, type):  # a class a wrapper's signature names (speech_engine's handle): its name
        annotation = annotation.__qualname__
    text = annotation if isinstance(annotation, str) else inspect.formatannotation(annotation)
    return PREFIXES.sub("", text)


def written_defaults(function: Callable[..., Any]) -> dict[str, str]:
    """Each parameter's default as the source writes it (`UNSET`, `None`, `False`)."""
    source = textwrap.dedent(inspect.getsource(inspect.unwrap(function)))
    node = next(
        item for item in ast.walk(ast.parse(source)) if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef)
    )
    arguments = node.args
    positional = arguments.posonlyargs + arguments.args
    pairs: list[tuple[ast.arg, ast.expr | None]] = list(
        zip(positional[len(positional) - len(arguments.defaults) :], arguments.defaults, strict=True)
    )
    pairs += [
        (argument, default) for argument, default in zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True)
    ]
    lines = source.splitlines()

    def written(default: ast.expr) -> str:
        # As the source spells it (`"new"`, where ast.unparse writes 'new'); a default over lines, unparsed.
        if default.lineno != default.end_lineno or default.end_col_offset is None:
            return ast.unparse(default)
        line = lines[default.lineno - 1].encode()  # the offsets count UTF-8 bytes
        return line[default.col_offset : default.end_col_offset].decode()

    return {argument.arg: written(default) for argument, default in pairs if default is not None}


def signature_block(function: Callable[..., Any], name: str) -> str:
    """The ```python block of `function` (a bound method, or a class's function: `self` is left out);
    `async def` when it is a coroutine function."""
    signature = inspect.signature(function)
    defaults = written_defaults(function)
    parameters = [parameter for parameter in signature.parameters.values() if parameter.name != "self"]
    positional_only = [i for i, parameter in enumerate(parameters) if parameter.kind is parameter.POSITIONAL_ONLY]
    lines: list[str] = []
    star = False
    for index, parameter in enumerate(parameters):
        if parameter.kind is parameter.KEYWORD_ONLY and not star:
            lines.append("*")
        star = star or parameter.kind in (parameter.KEYWORD_ONLY, parameter.VAR_POSITIONAL)
        text = STARS.get(parameter.kind, "") + parameter.name
        if parameter.annotation is not parameter.empty:
            text += f": {plain(parameter.annotation)}"
        if parameter.default is not parameter.empty:
            text += f" = {defaults.get(parameter.name, repr(parameter.default))}"
        lines.append(text)
        if positional_only and index == positional_only[-1]:
            lines.append("/")
    returns = "" if signature.return_annotation is signature.empty else f" -> {plain(signature.return_annotation)}"
    head = f"{'async ' if inspect.iscoroutinefunction(function) else ''}def {name}("
    if not lines:
        return f"```python\n{head}){returns}: ...\n```"
    body = "".join(f"    {line},\n" for line in lines)
    return f"```python\n{head}\n{body}){returns}: ...\n```"


def type_cell(annotation: str) -> str:
    """A table's type: the annotation's members but `Unset` (the Required column says that), each as code."""
    depth, members, current = 0, [], ""
    for char in annotation:
        depth += {"[": 1, "]": -1}.get(char, 0)
        if char == "|" and depth == 0:
            members.append(current.strip())
            current = ""
        else:
            current += char
    members.append(current.strip())
    return " or ".join(f"`{member.replace('|', 'or')}`" for member in members if member != "Unset")


def documented(function: Any) -> dict[str, str]:
    """The `Args:` of the method's docstring: each argument's text, its continuation lines joined."""
    found: dict[str, str] = {}
    name = None
    for line in (inspect.getdoc(function) or "").partition("Args:")[2].splitlines():
        if match := ARGUMENT.match(line):
            name, found[match[1]] = match[1], match[2]
        elif name and line.startswith("        ") and line.strip():
            found[name] = f"{found[name]} {line.strip()}".strip()
        elif line.strip():
            name = None
    return found


# A Markdown link in the spec's prose; the vendor links its own documentation site by path (`/docs/...`).
LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]*)\)")
SITE = "https://elevenlabs.io"


def prose(text: str | None) -> str:
    """Spec prose for a page: its links made absolute (the vendor's site) or plain text, so none is broken."""

    def link(match: re.Match[str]) -> str:
        text, target = match.groups()
        if target.startswith(("http://", "https://")):
            return match[0]
        return f"[{text}]({SITE}{target})" if target.startswith("/") else text

    return LINK.sub(link, (text or "").strip())


def cell(text: str | None) -> str:
    """Spec prose as a table cell: one line, no cell separator."""
    return " ".join(prose(text).split()).replace("|", "\\|")
