"""The data files of the test server's conversations, and how a template among them is filled in.

A template is JSON as the API sends it, with these marks in it:

* `"${name}"`: the value `name` has for this conversation, of any type; inside a longer string, its text.
* `{"$json": X}`: X filled in and encoded as a JSON string (a tool's params_as_json, a result_value).
* `{"$at": seconds}`: a Unix time that many seconds into the call, rounded to milliseconds.
* `{"$if": name, "then": X, "else": Y}`: X when the value of `name` is true, else Y (null if not given).
* `{"$switch": name, "cases": {value: X, ...}, "default": Y}`: the case for the value of `name`, else Y.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any

_PLACE = re.compile(r"\$\{([\w/.-]+)\}")


@cache
def load(name: str) -> Any:
    """A data file shipped next to this module, read once."""
    return json.loads(resources.files(__package__).joinpath(name).read_text(encoding="utf-8"))


def fill(template: Any, values: dict[str, Any]) -> Any:
    if isinstance(template, str):
        whole = _PLACE.fullmatch(template)
        if whole:
            return values[whole[1]]
        return _PLACE.sub(lambda match: str(values[match[1]]), template)
    if isinstance(template, list):
        return [fill(item, values) for item in template]
    if not isinstance(template, dict):
        return template
    if "$json" in template:
        return json.dumps(fill(template["$json"], values))
    if "$at" in template:
        return round(values["start"] + template["$at"], 3)
    if "$if" in template:
        return fill(template["then"] if values[template["$if"]] else template.get("else"), values)
    if "$switch" in template:
        cases = template["cases"]
        key = str(values[template["$switch"]])
        return fill(cases[key] if key in cases else template.get("default"), values)
    return {key: fill(value, values) for key, value in template.items()}
