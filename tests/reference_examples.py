"""The official SDK's usage examples (`tests/data/official_reference.md`) as runnable cases for this client.

Each example is one `client.group.method(...)` call under a `client = ElevenLabs(...)`. A case is the
example with its imports moved to `elevenlabs_client`, its client pointed at a test server, and the
call's answer read to its end when it streams (else no request would be sent). Its async twin builds
`AsyncElevenLabs`, awaits the call, and reads a stream with `async for`, as the official async
client's users write. The rewriting works on the syntax tree, so an example's values stay as written.

`python tests/reference_examples.py` prints the cases of one example, for a look at what runs.
"""

from __future__ import annotations

import ast
import json
import re
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data"
REFERENCE = DATA / "official_reference.md"
GAPS = DATA / "reference_gaps.txt"
SPEC = Path(__file__).parents[1] / "openapi" / "openapi.json"

# One reference entry: its header names the call and what it returns, its first python block is the usage.
_ENTRY = re.compile(
    r"<summary><code>client\.(?P<call>[^(]+)\((?:\.\.\.)?\)(?: -> )?(?P<returns>[^<]*)</code></summary>"
    r".*?```python\n(?P<code>.*?)```",
    re.DOTALL,
)
# The official SDK replaces a few generated methods by its own (`music_custom.py`), which the reference,
# made from the generated ones, does not show: `music.compose_detailed` returns a `MultipartResponse`
# (awaited in async), not the `Iterator[bytes]` of its header.
WRITTEN_BY_HAND = {"music.compose_detailed"}
_LINK = re.compile(r'<a href="[^"]*">([^<]*)</a>')


@dataclass(frozen=True)
class Example:
    call: str  # "conversational_ai.agents.create", as the official SDK spells it
    returns: str  # the header's return type, "typing.Iterator[bytes]" for a stream
    code: str  # the usage block, byte for byte

    @property
    def streams(self) -> bool:
        return self.returns.startswith("typing.Iterator") and self.call not in WRITTEN_BY_HAND


def examples(text: str | None = None) -> list[Example]:
    text = REFERENCE.read_text(encoding="utf-8") if text is None else text
    found = []
    for match in _ENTRY.finditer(_LINK.sub(r"\1", text)):
        found.append(Example(match["call"].strip(), match["returns"].strip(), match["code"]))
    return found


class _Rewrite(ast.NodeTransformer):
    """The example's module, for this client: imports, the client's construction, the call."""

    def __init__(self, example: Example, is_async: bool) -> None:
        self.example = example
        self.is_async = is_async

    def visit_ImportFrom(self, node: ast.ImportFrom) -> ast.ImportFrom:
        if node.module and (node.module == "elevenlabs" or node.module.startswith("elevenlabs.")):
            # elevenlabs, elevenlabs.client, elevenlabs.environment, elevenlabs.types: all one package here.
            node.module = "elevenlabs_client"
            if self.is_async:
                for alias in node.names:
                    if alias.name == "ElevenLabs" and alias.asname is None:
                        alias.name = "AsyncElevenLabs"
        return node

    def visit_Assign(self, node: ast.Assign) -> ast.Assign:
        value = node.value
        if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == "ElevenLabs":
            value.func.id = "AsyncElevenLabs" if self.is_async else "ElevenLabs"
            # base_url wins over the example's environment=, which stays to show it is accepted. One
            # httpx client for all cases: each new one would load the system's certificates again.
            value.keywords += [
                ast.keyword("base_url", ast.Name("BASE_URL", ast.Load())),
                ast.keyword("api_key", ast.Name("API_KEY", ast.Load())),
                ast.keyword("httpx_client", ast.Name("HTTPX", ast.Load())),
            ]
        return node

    def visit_Expr(self, node: ast.Expr) -> ast.stmt:
        if not isinstance(node.value, ast.Call):
            return node
        call = node.value
        name = ast.Name("result", ast.Store())
        if self.is_async and self.example.streams:
            # The official async form: `async for chunk in client.text_to_speech.stream(...)`, no await.
            return ast.AsyncFor(ast.Name("chunk", ast.Store()), call, [ast.Pass()], [])
        if self.example.streams:
            return ast.For(ast.Name("chunk", ast.Store()), call, [ast.Pass()], [])
        return ast.Assign([name], ast.Await(call) if self.is_async else call)


def case_source(example: Example, is_async: bool) -> str:
    """The example as this client's code: a function `run(BASE_URL, API_KEY, HTTPX)`, which reads what the call returns."""
    module = _Rewrite(example, is_async).visit(ast.parse(example.code))
    imports = [s for s in module.body if isinstance(s, ast.ImportFrom | ast.Import)]
    body = [s for s in module.body if not isinstance(s, ast.ImportFrom | ast.Import)]
    close, read = ("await client.close()", "await adrain(result)") if is_async else ("client.close()", "drain(result)")
    wrapper = ast.parse(
        f"{'async ' if is_async else ''}def run(BASE_URL, API_KEY, HTTPX):\n"
        "    result = None\n"
        f"    try:\n        {read}\n"
        f"    finally:\n        {close}\n"
    )
    function = wrapper.body[0]
    assert isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef)
    attempt = function.body[1]
    assert isinstance(attempt, ast.Try)
    # The client's construction goes before the try that closes it (an example without one fails, as it should).
    made = 1 if body and isinstance(body[0], ast.Assign) else 0
    attempt.body[:0] = body[made:]
    function.body[1:1] = body[:made]
    module.body = imports + [function]
    return ast.unparse(ast.fix_missing_locations(module))


def compile_case(example: Example, is_async: bool) -> Any:
    source = case_source(example, is_async)
    namespace: dict[str, Any] = {"drain": drain, "adrain": adrain}
    exec(compile(source, f"<reference {example.call} {'async' if is_async else 'sync'}>", "exec"), namespace)  # noqa: S102  the vendor's examples, rewritten above
    return namespace["run"]


def ids(found: list[Example], suffixes: tuple[str, ...] = ("_id", "_ids")) -> list[str]:
    """The ids the examples pass (`agent_id="agent_3701k..."`), in order: a server seeded with them has those resources."""
    seen: dict[str, None] = {}
    for example in found:
        for node in ast.walk(ast.parse(example.code)):
            if isinstance(node, ast.keyword) and node.arg and node.arg.endswith(suffixes):
                values = node.value.elts if isinstance(node.value, ast.List) else [node.value]
                for value in values:
                    if isinstance(value, ast.Constant) and isinstance(value.value, str):
                        seen.setdefault(value.value)
    return list(seen)


def drain(result: Any, limit: int = 200) -> None:
    """Read an iterator the call returned (the official SDK's streams are plain iterators), so it is sent;
    of a multipart answer, its audio."""
    result = getattr(result, "audio", result)
    if isinstance(result, Iterator):
        for _, _chunk in zip(range(limit), result, strict=False):
            pass


async def adrain(result: Any, limit: int = 200) -> None:
    result = getattr(result, "audio", result)
    if isinstance(result, AsyncIterator):
        count = 0
        async for _chunk in result:
            count += 1
            if count >= limit:
                break


def spec_methods(spec: Path = SPEC) -> dict[str, tuple[str, str]]:
    """`group.sub.method` -> (HTTP method, path) of every operation in the spec, by the Fern names the official SDK is made from."""
    document = json.loads(spec.read_text(encoding="utf-8"))
    names = {}
    for path, item in document["paths"].items():
        for verb, operation in item.items():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            # Without Fern names, Fern names an operation by its first tag and its operationId.
            group = operation.get("x-fern-sdk-group-name") or operation.get("tags", [])[:1]
            group = [group] if isinstance(group, str) else group
            method = operation.get("x-fern-sdk-method-name") or operation["operationId"]
            names[".".join([*map(_snake, group), _snake(method)])] = (verb.upper(), path)
    return names


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


@dataclass(frozen=True)
class Gap:
    call: str
    flavour: str  # "sync", "async" or "both"
    kind: str
    reason: str


def known_gaps(path: Path = GAPS) -> dict[tuple[str, str], Gap]:
    """`tests/data/reference_gaps.txt`: `call [sync|async] kind: reason`, one a line, # comments."""
    gaps = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.split("#", 1)[0].strip() if line.lstrip().startswith("#") else line.strip()
        if not line:
            continue
        head, _, reason = line.partition(":")
        words = head.split()
        if not reason.strip() or len(words) not in (2, 3) or (len(words) == 3 and words[1] not in ("sync", "async")):
            raise ValueError(f"{path}:{number}: expected `call [sync|async] kind: reason`, got {line!r}")
        call, kind = words[0], words[-1]
        flavour = words[1] if len(words) == 3 else "both"
        for each in ("sync", "async") if flavour == "both" else (flavour,):
            gaps[call, each] = Gap(call, flavour, kind, reason.strip())
    return gaps


if __name__ == "__main__":
    import sys

    wanted = sys.argv[1] if len(sys.argv) > 1 else "history.list"
    for example in examples():
        if example.call == wanted:
            print(case_source(example, False), "\n", case_source(example, True), sep="\n")
