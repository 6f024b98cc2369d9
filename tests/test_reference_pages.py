"""docs/reference/ as a reader meets it: every example block runs as written (tests/test_reference_signatures.py
checks that every operation and channel has its sync and async example, and the signatures).

The blocks after `<!-- example: sync -->` and `<!-- example: async -->` (scripts/reference.py writes them;
realtime/ too) are complete programs with a client made as `ElevenLabs(api_key="YOUR_API_KEY")`: each runs
in this process (`exec`, its page and line as the file name) with ELEVENLABS_BASE_URL pointing at a test
server started with that key, one server per flavour seeded with every id the examples pass, in a fresh
working folder holding every `Path("<name>")` file the block names. Deletes run after all the rest, the
deepest path first, so what the other examples name still exists. A failing block is named `page:line`.
"""

from __future__ import annotations

import ast
import functools
import re
from collections.abc import Iterator
from pathlib import Path

import httpx._transports.default
import pytest
from doc_examples import ROOT, Example, examples, run
from elevenlabs_client.testing import FakeElevenLabs
from reference_examples import ids
from test_surface import SPEC

REFERENCE = ROOT / "docs" / "reference"
FLAVOURS = ("sync", "async")
CHANNELS = SPEC["x-realtime"]["channels"]
API_KEY = "YOUR_API_KEY"
# The `VERB /path` line of an entry (scripts/reference_pages.py): which operation the blocks below it call.
OPERATION_LINE = re.compile(r"^`(GET|PUT|POST|DELETE|PATCH) (/\S*)`$", flags=re.MULTILINE)


# Each example makes its client, and each client's transport loads the system's certificates (20 ms, half
# the run) for an https it never uses here: one context serves them all.
SSL_CONTEXT = functools.cache(httpx._transports.default.create_ssl_context)  # type: ignore[attr-defined]


def blocks(marker: str) -> list[Example]:
    """The ```python blocks right after `marker` (`<!-- example: sync -->`, `<!-- signature: async -->`, ...)
    on every page of docs/reference/, in page order: each with its page, its first line and its code."""
    return examples(marker, REFERENCE)


EXAMPLES = {flavour: blocks(f"<!-- example: {flavour} -->") for flavour in FLAVOURS}


@functools.cache
def operation_lines(page: Path) -> list[tuple[int, str, str]]:
    text = page.read_text(encoding="utf-8")
    return [(text.count("\n", 0, m.start()) + 1, m[1], m[2]) for m in OPERATION_LINE.finditer(text)]


def operation_of(example: Example) -> tuple[str, str]:
    """(VERB, path) of the entry the block belongs to, or ("", "") for a block under no such line (realtime)."""
    found = [(verb, path) for line, verb, path in operation_lines(example.page) if line < example.line]
    return found[-1] if found else ("", "")


def deletes(example: Example) -> bool:
    return operation_of(example)[0] == "DELETE"


def seeded_server() -> FakeElevenLabs:
    """Every id string the examples pass is the first resource of every family, so what they name exists."""
    everything = [example for flavour in FLAVOURS for example in EXAMPLES[flavour]]
    seeds = ids(everything)  # type: ignore[arg-type]  # reads only .code, which both Example classes have
    return FakeElevenLabs(
        api_key=API_KEY,
        history_items=len(seeds) + 1,
        conversations=3,
        history_ids=seeds,
        resource_ids=seeds,
        conversation_ids=ids(everything, ("conversation_id",)),  # type: ignore[arg-type]
    )


@pytest.fixture(scope="module")
def servers() -> Iterator[dict[str, FakeElevenLabs]]:
    with seeded_server() as sync_server, seeded_server() as async_server:
        yield {"sync": sync_server, "async": async_server}


def files_named(example: Example) -> list[str]:
    """The relative file names the block passes to `Path(...)`: they exist before it runs."""
    return sorted(
        {
            node.args[0].value
            for node in ast.walk(ast.parse(example.code))
            if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "Path"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        }
    )


def run_all(found: list[Example], server: FakeElevenLabs, folder: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Run each block in a fresh folder of its own; the failures, each named by its page and line."""
    monkeypatch.setenv("ELEVENLABS_BASE_URL", server.base_url)
    monkeypatch.setattr(httpx._transports.default, "create_ssl_context", SSL_CONTEXT)
    monkeypatch.delenv("ELEVENLABS_API_KEY", raising=False)
    failures = []
    for number, example in enumerate(found):
        where = folder / str(number)
        where.mkdir()
        for name in files_named(example):
            (where / name).write_bytes(b"ID3 a few bytes of a file")
        monkeypatch.chdir(where)
        try:
            run(example, {"__name__": "__main__"})
        except AssertionError as error:
            failures.append(f"{error} {error.__cause__!r}" if error.__cause__ else str(error))
    return failures


PAGES = sorted({example.page for flavour in FLAVOURS for example in EXAMPLES[flavour]})


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.relative_to(REFERENCE).as_posix())
def test_every_example_of_the_page_runs(
    page: Path, flavour: str, servers: dict[str, FakeElevenLabs], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = [example for example in EXAMPLES[flavour] if example.page == page and not deletes(example)]
    opened = len(servers[flavour].sockets)
    failures = run_all(found, servers[flavour], tmp_path, monkeypatch)
    assert not failures, "\n".join(failures)
    channel = CHANNELS.get(page.stem) if page.parent.name == "realtime" else None
    if channel and channel.get("direction") != "server":  # the example really talked over its channel
        pattern = re.sub(r"\\{[^}]+\\}", "[^/]+", re.escape(channel["path"]))
        paths = [socket.path for socket in servers[flavour].sockets[opened:]]
        assert any(re.fullmatch(pattern, path) for path in paths), f"{page.name}: no connection to {pattern}: {paths}"


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_the_examples_that_delete_run_last_deepest_first(
    flavour: str, servers: dict[str, FakeElevenLabs], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = sorted(
        (example for example in EXAMPLES[flavour] if deletes(example)),
        key=lambda example: -operation_of(example)[1].count("/"),
    )
    failures = run_all(found, servers[flavour], tmp_path, monkeypatch)
    assert not failures, "\n".join(failures)


def test_a_failing_block_is_named_by_its_page_and_line(
    servers: dict[str, FakeElevenLabs], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    failing = Example(REFERENCE / "history.md", 12, 'from pathlib import Path\nPath("audio.mp3").read_bytes()\n1 / 0\n')
    failures = run_all([failing], servers["sync"], tmp_path, monkeypatch)
    assert len(failures) == 1 and "docs/reference/history.md:12" in failures[0] and "ZeroDivisionError" in failures[0]
