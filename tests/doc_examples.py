"""The Python examples of README.md and docs/**/*.md, found by the marker before them or by what they contain,
and run as written with their page's file name and line numbers, so a failure names the page and the line."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BLOCK = re.compile(r"```python\n(.*?)```", flags=re.DOTALL)


def pages() -> list[Path]:
    """The README first, then docs/ in path order: the order the examples of one marker run in."""
    return [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]


@dataclass(frozen=True)
class Example:
    page: Path
    line: int  # of the block's first line of code
    code: str

    @property
    def name(self) -> str:
        """The page's path from the repository's root (a page written elsewhere, by a test: its whole path)."""
        return str(self.page.relative_to(ROOT) if self.page.is_relative_to(ROOT) else self.page)

    @property
    def where(self) -> str:
        return f"{self.name}:{self.line}"


def examples(marker: str | None = None, under: Path | None = None) -> list[Example]:
    """Every ```python block, or those right after `marker` (an HTML comment, so no page shows it); of the
    pages under the folder `under` only, if given (docs/reference), or of the page `under`."""
    pattern = re.compile(re.escape(marker) + r"\s*" + BLOCK.pattern, flags=re.DOTALL) if marker else BLOCK
    found = []
    for page in pages() if under is None else sorted(under.rglob("*.md")) if under.is_dir() else [under]:
        text = page.read_text(encoding="utf-8")
        for match in pattern.finditer(text):
            found.append(Example(page, text.count("\n", 0, match.start(1)) + 1, match.group(1)))
    return found


def example_containing(text: str) -> Example:
    """The one block, on any page, that holds `text`."""
    found = [example for example in examples() if text in example.code]
    assert len(found) == 1, f"{len(found)} examples hold {text!r}: {[example.where for example in found]}"
    return found[0]


def run(example: Example, namespace: dict[str, Any]) -> None:
    """Runs the block as written; a traceback points into its page, and a failure says which block it was."""
    code = compile("\n" * (example.line - 1) + example.code, example.name, "exec")
    try:
        exec(code, namespace)  # noqa: S102 (running it is the test)
    except Exception as error:
        raise AssertionError(f"the example at {example.where} failed: {error!r}") from error
