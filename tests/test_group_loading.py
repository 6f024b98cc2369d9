"""The first `client.<group>` loads that group and nothing else of ours: its generated package (the group's
module and its operation modules), the overlay's module for it if it has one, and no model and no realtime
channel, sync and async. A user of one group pays for that group only, in import time and memory.

Each group is touched in a process of its own, forked from one that has made the client and touched nothing:
what the process holds after is exactly what that first touch loaded.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = yaml.load((ROOT / "openapi" / "elevenlabs.yaml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
OPERATIONS = [op for item in SPEC["paths"].values() for op in item.values() if isinstance(op, dict)]
# The top-level groups: those of the operations, and of the realtime channels (x-realtime, from the AsyncAPI documents).
GROUPS = sorted(
    {op["x-fern-sdk-group-name"][0] for op in OPERATIONS if "x-fern-sdk-group-name" in op}
    | {channel["group"] for channel in SPEC.get("x-realtime", {}).get("channels", {}).values()}
)

# Run in a fresh interpreter: make the client, then fork one child per group, which touches it and reports the
# modules of ours it added and the overlay module its resource class comes from.
TOUCH = """
import inspect, json, os, sys
import elevenlabs_client

client = getattr(elevenlabs_client, sys.argv[1])(api_key="k", base_url="http://127.0.0.1:9")
before = set(sys.modules)
found = {}
for group in sys.argv[2:]:
    read, write = os.pipe()
    child = os.fork()
    if child == 0:
        os.close(read)
        resource = getattr(client, group)
        added = sorted(m for m in set(sys.modules) - before if m.split(".")[0] in ("elevenlabs_api", "elevenlabs_client"))
        # The module the resource's class is written in, told by its methods: a public class may say it lives
        # in the package that exports it (elevenlabs_client.speech_engine's do).
        written = [f.__module__ for f in vars(type(resource)).values() if inspect.isfunction(f)]
        with os.fdopen(write, "w") as out:
            json.dump({"added": added, "module": written[0] if written else type(resource).__module__}, out)
        os._exit(0)
    os.close(write)
    with os.fdopen(read) as report:
        found[group] = json.load(report)
    os.waitpid(child, 0)
print(json.dumps(found))
"""


@pytest.fixture(scope="module", params=["ElevenLabs", "AsyncElevenLabs"], ids=["sync", "async"])
def first_touch(request: pytest.FixtureRequest) -> dict[str, tuple[set[str], str]]:
    """Each group's first touch: the modules of ours it added, and the module of the resource's class."""
    result = subprocess.run(
        [sys.executable, "-c", TOUCH, request.param, *GROUPS], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    return {group: (set(found["added"]), found["module"]) for group, found in json.loads(result.stdout).items()}


def test_the_spec_has_the_groups_this_file_checks() -> None:
    assert len(GROUPS) > 25 and {"history", "text_to_speech", "conversational_ai", "speech_engine"} <= set(GROUPS)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="each group is touched in a forked process")
@pytest.mark.parametrize("group", GROUPS)
def test_the_first_touch_of_a_group_loads_only_that_group(
    group: str, first_touch: dict[str, tuple[set[str], str]]
) -> None:
    added, module = first_touch[group]
    own = {m for m in added if m == f"elevenlabs_api.api.{group}" or m.startswith(f"elevenlabs_api.api.{group}.")}
    # The overlay's module for the group, and the packages it is in (`elevenlabs_client._realtime` for its
    # `_realtime._resources`), and the public module named for the group that it serves
    # (`elevenlabs_client.webhooks` behind `client.webhooks.construct_event`).
    overlay = (
        {".".join(module.split(".")[:n]) for n in range(2, module.count(".") + 2)} | {f"elevenlabs_client.{group}"}
        if module.startswith("elevenlabs_client.")
        else set()
    )
    assert not [m for m in added if m.startswith("elevenlabs_api.models")], "no model"
    assert not [m for m in added if m.startswith("elevenlabs_api.realtime")], "no realtime channel"
    assert added - own - overlay == set()
    if module.startswith("elevenlabs_api."):
        assert module == "elevenlabs_api.api" or module in own, module


def test_conversational_ai_loads_realtime_only_when_a_realtime_method_is_called() -> None:
    code = """
import sys, typing
from elevenlabs_client import ElevenLabs

def realtime():
    return sorted(m for m in sys.modules if m.startswith("elevenlabs_api.realtime"))

group = ElevenLabs(api_key="k", base_url="http://127.0.0.1:9").conversational_ai
print(realtime())
# The method's annotations name the channel's session: resolving them loads it then.
print(typing.get_type_hints(group.realtime_session)["return"].__module__, realtime())
try:
    group.realtime_session(agent_id="a", request_options={"max_retries": 0})
except Exception as error:
    print(type(error).__name__)
print(realtime())
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    touched, hinted, error, called = result.stdout.splitlines()
    assert touched == "[]"
    assert (
        hinted
        == "elevenlabs_api.realtime.conversation ['elevenlabs_api.realtime', 'elevenlabs_api.realtime.conversation']"
    )
    assert error == "APIConnectionError"  # nothing listens there: the call got as far as connecting
    assert "elevenlabs_api.realtime.conversation" in called
