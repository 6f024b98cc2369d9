"""The sync and async example of one operation in the reference: a complete program a user can paste.

Imports, the client (`ElevenLabs(api_key="YOUR_API_KEY")`, no base URL: tests/test_reference_pages.py
points it at the test server through ELEVENLABS_BASE_URL), the call with keyword arguments for every
required parameter (scripts/reference_values.py), and what to do with the result: a stream written to a
file, events and other results printed. All of them are formatted by the pinned ruff at once (`formatted`),
so they read as a user's code would after `ruff format`, lines broken where they are long.
"""

from __future__ import annotations

import inspect
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from reference_values import ExampleError, Source, Values, arguments, checked, source

MEDIA_EXTENSIONS = {
    "application/zip": "zip",
    "application/x-zip": "zip",
    "text/csv": "csv",
    "text/plain": "txt",
    "multipart/mixed": "mp3",
}


def annotation(function: Any) -> str:
    returned = inspect.signature(function).return_annotation
    return returned if isinstance(returned, str) else getattr(returned, "__name__", str(returned))


def output_name(operation: dict[str, Any]) -> str:
    """Where a streamed answer goes: the group's last name and the extension of the answer's media type."""
    answers = [answer for status, answer in operation.get("responses", {}).items() if status.startswith("2")]
    media = next(iter((answers[0].get("x-media-types") or answers[0].get("content") or [""]) if answers else [""]))
    extension = MEDIA_EXTENSIONS.get(media) or ("mp3" if media.startswith("audio/") or not media else "bin")
    return f"{operation['x-fern-sdk-group-name'][-1]}.{extension}"


def body(kind: str, call: str, output: str, is_async: bool) -> list[str]:
    """The lines that make the call and use its result."""
    wait, each = ("await ", "async for") if is_async else ("", "for")
    if kind in ("BinaryStream", "AsyncBinaryStream"):
        return [f'with open("{output}", "wb") as file:', f"    {each} chunk in {call}:", "        file.write(chunk)"]
    if kind.startswith(("Iterator[", "AsyncObjectStream[")):
        return [f"{each} event in {call}:", "    print(event)"]
    if kind in ("MultipartResponse", "AsyncMultipartResponse"):
        return [
            f"result = {wait}{call}",
            "print(result.json)",
            f'with open("{output}", "wb") as file:',
            f"    {each} chunk in result.audio:",
            "        file.write(chunk)",
        ]
    if kind == "None":
        return [f"{wait}{call}"]
    return [f"result = {wait}{call}", "print(result)"]


def imports(out: Source, client: str, first: list[str]) -> str:
    stdlib = sorted({*first, *out.stdlib}, key=lambda line: (line.startswith("from "), line))
    head = "\n".join(stdlib) + "\n\n" if stdlib else ""
    return f"{head}from elevenlabs_client import {', '.join(sorted({client, *out.models}))}\n"


def programs(values: Values, operation: dict[str, Any], path: str, sync: Any, asynchronous: Any) -> tuple[str, str]:
    """The sync and the async program of the operation called as `client.<path>` (not yet formatted)."""
    chosen = arguments(values, operation, sync)
    checked(values, f"{operation['operationId']} (client.{path})", chosen)
    out = Source("")
    call = f"client.{path}({', '.join(f'{name}={out.add(source(value))}' for name, (value, _) in chosen.items())})"
    output = output_name(operation)
    sync_text = imports(out, "ElevenLabs", []) + '\nclient = ElevenLabs(api_key="YOUR_API_KEY")\n'
    sync_text += "".join(f"{line}\n" for line in body(annotation(sync), call, output, is_async=False))
    async_text = imports(out, "AsyncElevenLabs", ["import asyncio"]) + "\n\nasync def main() -> None:\n"
    async_text += '    async with AsyncElevenLabs(api_key="YOUR_API_KEY") as client:\n'
    async_text += "".join(f"        {line}\n" for line in body(annotation(asynchronous), call, output, is_async=True))
    return sync_text, async_text + "\n\nasyncio.run(main())\n"


def formatted(texts: list[str]) -> list[str]:
    """The programs as `ruff format` writes them (88 columns, its default), in one run of the pinned ruff."""
    with tempfile.TemporaryDirectory(prefix="reference-examples-") as folder:
        paths = [Path(folder) / f"example_{number}.py" for number in range(len(texts))]
        for path, text in zip(paths, texts, strict=True):
            path.write_text(text, encoding="utf-8")
        ruff = str(Path(sys.executable).parent / "ruff")
        command = [ruff, "format", "--isolated", "--no-cache", "--line-length=88", folder]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise ExampleError(f"ruff format failed on the reference's examples:\n{done.stderr}")
        return [path.read_text(encoding="utf-8") for path in paths]
