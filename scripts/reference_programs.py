"""The sync and async example of one operation in the reference: a complete program a user can paste.

Imports, the client (`ElevenLabs(api_key="YOUR_API_KEY")`, no base URL: tests/test_reference_pages.py
points it at the test server through ELEVENLABS_BASE_URL), the call with keyword arguments for every
required parameter (scripts/reference_values.py), and what to do with the result: a stream written to a
file, events and other results printed.
"""

from __future__ import annotations

import inspect
import sys
from typing import Any

from reference_values import Source, Values, arguments, checked, source

# One line for a short call, else one argument a line.
LINE = 88
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


class Call:
    """The call's source at a nesting level: on one line if it fits, else one argument a line."""

    def __init__(self, path: str, chosen: dict[str, tuple[Any, dict[str, Any]]], outer: int, out: Source) -> None:
        self.path, self.outer = path, outer
        self.parts = [f"{name}={out.add(source(value))}" for name, (value, _) in chosen.items()]

    def at(self, indent: str, head: str) -> str:
        one = f"{self.path}({', '.join(self.parts)})"
        if self.outer + len(indent) + len(head) + len(one) <= LINE or not self.parts:
            return one
        return f"{self.path}(\n" + "".join(f"{indent}    {part},\n" for part in self.parts) + f"{indent})"


def body(kind: str, call: Call, output: str, is_async: bool) -> list[str]:
    """The lines that make the call and use its result."""
    wait, each = ("await ", "async for") if is_async else ("", "for")
    if kind in ("BinaryStream", "AsyncBinaryStream"):
        return [
            f'with open("{output}", "wb") as file:',
            f"    {each} chunk in {call.at('    ', each + ' chunk in :')}:",
            "        file.write(chunk)",
        ]
    if kind.startswith(("Iterator[", "AsyncObjectStream[")):
        return [f"{each} event in {call.at('', each + ' event in :')}:", "    print(event)"]
    if kind in ("MultipartResponse", "AsyncMultipartResponse"):
        return [
            f"result = {wait}{call.at('', 'result = ' + wait)}",
            "print(result.json)",
            f'with open("{output}", "wb") as file:',
            f"    {each} chunk in result.audio:",
            "        file.write(chunk)",
        ]
    if kind == "None":
        return [f"{wait}{call.at('', wait)}"]
    return [f"result = {wait}{call.at('', 'result = ' + wait)}", "print(result)"]


def imports(out: Source, client: str, first: list[str]) -> str:
    stdlib = sorted({*first, *out.stdlib}, key=lambda line: (line.startswith("from "), line))
    names = sorted({client, *out.models})
    head = "\n".join(stdlib) + "\n\n" if stdlib else ""
    line = f"from elevenlabs_client import {', '.join(names)}"
    if len(line) <= LINE:
        return f"{head}{line}\n"
    return f"{head}from elevenlabs_client import (\n" + "".join(f"    {name},\n" for name in names) + ")\n"


def programs(values: Values, operation: dict[str, Any], path: str, sync: Any, asynchronous: Any) -> tuple[str, str]:
    """The sync and the async program of the operation called as `client.<path>`."""
    chosen = arguments(values, operation, sync)
    checked(values, f"{operation['operationId']} (client.{path})", chosen)
    output = output_name(operation)
    out = Source("")
    lines = body(annotation(sync), Call(f"client.{path}", chosen, 0, out), output, is_async=False)
    sync_text = imports(out, "ElevenLabs", []) + '\nclient = ElevenLabs(api_key="YOUR_API_KEY")\n'
    sync_text += "".join(f"{line}\n" for line in lines)
    out = Source("")
    indent = " " * 8
    lines = body(annotation(asynchronous), Call(f"client.{path}", chosen, len(indent), out), output, is_async=True)
    async_text = imports(out, "AsyncElevenLabs", ["import asyncio"]) + "\n\nasync def main() -> None:\n"
    async_text += '    async with AsyncElevenLabs(api_key="YOUR_API_KEY") as client:\n'
    async_text += "".join(f"{indent}{line}\n" for line in "\n".join(lines).split("\n"))
    async_text += "\n\nasyncio.run(main())\n"
    return sync_text, async_text


if __name__ == "__main__":
    from reference import helper_main

    sys.exit(helper_main(__doc__, sys.argv[1:]))
