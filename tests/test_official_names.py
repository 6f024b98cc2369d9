"""The official SDK's names (`elevenlabs` 2.78.0, kept as data in tests/data/) importable from this client.

`tests/data/official_names.txt` is the official package's top-level `__all__`, and
`official_type_names.txt` its `elevenlabs.types.__all__`, as published (not fetched at test time). The
test reports which are not importable, and fails if fewer import than `IMPORTABLE` says: the count only
goes up. Names the official SDK has for what this client has under another shape (its hand-written
realtime and WebSocket helpers, request enums of operations the spec has dropped) are among those
reported.
"""

from __future__ import annotations

import subprocess
import sys
import typing
from pathlib import Path

import elevenlabs_client

DATA = Path(__file__).resolve().parent / "data"

# How many of the official top-level names import from elevenlabs_client (1,093 before the
# official names were generated; 1,909 before the realtime messages were).
IMPORTABLE = 1935
# The same for the official `elevenlabs.types` names from elevenlabs_client.types (of 2,575).
TYPES_IMPORTABLE = 1899


def official(file: str) -> list[str]:
    lines = (DATA / file).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def missing(names: list[str], module: object) -> list[str]:
    return [name for name in names if not hasattr(module, name)]


def test_the_data_is_the_official_lists() -> None:
    top, types = official("official_names.txt"), official("official_type_names.txt")
    assert len(top) == len(set(top)) == 2731
    assert len(types) == len(set(types)) == 2575
    assert set(types) <= set(top)


def test_official_top_level_names_import() -> None:
    names = official("official_names.txt")
    absent = missing(names, elevenlabs_client)
    imported = len(names) - len(absent)
    print(f"{imported} of {len(names)} official names import from elevenlabs_client; not importable: {absent}")
    assert imported >= IMPORTABLE, f"only {imported} of {len(names)} official names import (was {IMPORTABLE})"


def test_the_issues_names_are_the_official_models() -> None:
    from elevenlabs_client import (
        AgentConfig,
        AgentConfigAPIModelInput,
        AgentTransferOp,
        AgentTransferOp_Pop,
        AgentTransferOpPop,
        AgentTransferOpPush,
        AgentTransferOpReplace,
        ConversationalConfig,
        ConversationalConfigAPIModelInput,
        VoiceSettings,
        VoiceSettingsModel,
        VoiceSettingsResponseModel,
    )

    assert VoiceSettings(stability=0.5).to_dict() == {"stability": 0.5}
    assert VoiceSettings.__name__ == "VoiceSettings" and VoiceSettingsResponseModel is VoiceSettings
    assert VoiceSettingsModel(cloning_strength=3).to_dict() == {"cloning_strength": 3}  # the spec's VoiceSettings
    assert ConversationalConfigAPIModelInput is ConversationalConfig and AgentConfigAPIModelInput is AgentConfig
    assert AgentTransferOp_Pop is AgentTransferOpPop
    assert typing.get_args(AgentTransferOp) == (AgentTransferOpReplace, AgentTransferOpPush, AgentTransferOpPop)


def test_the_types_module_has_the_official_types_lazily() -> None:
    code = (
        "import sys\n"
        "import elevenlabs_client.types as types\n"
        "assert 'elevenlabs_api.models.voice_settings' not in sys.modules\n"
        "from elevenlabs_client.types import VoiceSettings, VoiceSettingsResponseModel\n"
        "assert VoiceSettings is VoiceSettingsResponseModel\n"
        "names = [l.strip() for l in open(sys.argv[1]) if l.strip() and not l.startswith('#')]\n"
        "print(sum(hasattr(types, name) for name in names))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(DATA / "official_type_names.txt")], capture_output=True, text=True, check=True
    )
    assert int(result.stdout) >= TYPES_IMPORTABLE, result.stdout
