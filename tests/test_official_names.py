"""The official SDK's names (`elevenlabs` 2.78.0, kept as data in tests/data/) importable from this client.

`tests/data/official_names.txt` is the official package's top-level `__all__`, and
`official_type_names.txt` its `elevenlabs.types.__all__`, as published (not fetched at test time). The
test fails if fewer import than `IMPORTABLE` says (the count only goes up), and reports each name that
does not import with the reason (`classify`): a sub-package or an exception class (not a type), a
WebSocket message or a request type of something today's spec does not have, a name no schema of
today's spec takes by Fern's rules (the official SDK was made from a later spec), or a Fern rule this
client does not follow yet. `pytest -s tests/test_official_names.py` prints the report.
"""

from __future__ import annotations

import subprocess
import sys
import typing
from collections import Counter
from pathlib import Path

import elevenlabs_client
import normalize
import pytest
import yaml
from normalizer.inline_names import inline_names
from normalizer.official_names import fern_pascal, generator_class_name

DATA = Path(__file__).resolve().parent / "data"

# How many of the official top-level names import from elevenlabs_client (1,093 before the
# official names were generated, 1,909 before inline schemas took Fern's names and the realtime
# messages came).
IMPORTABLE = 2038
# The same for the official `elevenlabs.types` names from elevenlabs_client.types (of 2,575).
TYPES_IMPORTABLE = 1956
# How many of the names that do not import stand for something in today's spec under a Fern rule
# this client does not follow yet (`needs rule` in the report): the count only goes down.
NEEDS_RULE = 0

NOT_A_TYPE = "not a type"
NOT_IN_SPEC = "not in spec"
NEEDS = "needs rule"


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


@pytest.fixture(scope="module")
def spec_names() -> dict[str, str]:
    """Every name the committed normalized spec gives by Fern's rules -> the rule, from the templates' data."""
    doc = yaml.load(
        (DATA.parent.parent / "openapi/elevenlabs.yaml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader
    )
    data = normalize.template_data(doc)
    names = {name: "union member" for name in data["fern_aliases"]} | {name: "union" for name in data["unions"]}
    names |= {name: "plain schema" for name in data["plain_types"]}
    names |= {name: found.rule for name, found in inline_names(doc).items()}
    for key, schema in doc["components"]["schemas"].items():
        names.setdefault(generator_class_name(str(schema.get("title") or key)), "component schema")
        names.setdefault(fern_pascal(key.removesuffix("-Input").removesuffix("-Output")), "component schema")
    return names


def classify(name: str, spec_names: dict[str, str], types: set[str]) -> str:
    """Why an official name does not import from elevenlabs_client: `<kind>: <reason>`."""
    if not name[:1].isupper():
        return f"{NOT_A_TYPE}: a sub-package of the official SDK (client groups are attributes here)"
    if name.endswith("Error") and name not in types:
        return f"{NOT_A_TYPE}: an exception class (this client's are elevenlabs_client.ApiError and its kind)"
    if name in spec_names:
        return f"{NEEDS}: {spec_names[name]} (the name is derived, but no class or union of builtins stands for it)"
    if name not in types:
        return f"{NOT_IN_SPEC}: a WebSocket message or helper, or a request type of an operation or parameter it lacks"
    return f"{NOT_IN_SPEC}: no schema, field, parameter or union member is named so by Fern's rules"


def test_each_official_name_that_does_not_import_is_classified(spec_names: dict[str, str]) -> None:
    names, types = official("official_names.txt"), set(official("official_type_names.txt"))
    reasons = {name: classify(name, spec_names, types) for name in missing(names, elevenlabs_client)}
    counts = Counter(reason.split(":")[0] for reason in reasons.values())
    print(f"\n{len(reasons)} official names do not import: {dict(counts)}")
    for reason in sorted(set(reasons.values())):
        print(f"- {reason}: {', '.join(name for name in names if reasons.get(name) == reason)}")
    assert counts[NEEDS] <= NEEDS_RULE, [name for name, reason in reasons.items() if reason.startswith(NEEDS)]


def test_the_classifier_tells_the_kinds_apart() -> None:
    spec = {"VoiceSettingsValue": "inline_schema"}
    types = {"VoiceSettingsValue", "TemplateOutput"}
    assert classify("text_to_speech", spec, types).startswith(NOT_A_TYPE)
    assert classify("UnauthorizedError", spec, types).startswith(NOT_A_TYPE)
    assert classify("VoiceSettingsValue", spec, types) == (
        f"{NEEDS}: inline_schema (the name is derived, but no class or union of builtins stands for it)"
    )
    assert classify("SendMessageMulti", spec, types).startswith(f"{NOT_IN_SPEC}: a WebSocket message")
    assert classify("TemplateOutput", spec, types).startswith(f"{NOT_IN_SPEC}: no schema")


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


def test_fern_names_for_inline_schemas_stand_for_what_the_official_sdk_means() -> None:
    from elevenlabs_client import (
        ConvAiSecretLocator,
        DubbingListRequestOrderBy,
        EndProcedureToolConfig,
        EndProcedureToolConfigInput,
        HistoryListRequestSource,
        ItemId,
        McpServerConfigInputUrl,
        OrbAvatar,
        SpeechToTextConvertRequestFileFormat,
        VoiceCategory,
        VoiceCategoryModel,
        WidgetConfigAvatar_Orb,
    )

    assert typing.get_args(DubbingListRequestOrderBy) == ("created_at", "name")
    assert "TTS" in typing.get_args(HistoryListRequestSource)  # a docs page's parameter schema
    assert typing.get_args(SpeechToTextConvertRequestFileFormat) == ("other", "pcm_s16le_16")  # a form field
    assert typing.get_args(McpServerConfigInputUrl) == (str, ConvAiSecretLocator)
    assert ItemId is str  # a plain schema
    assert WidgetConfigAvatar_Orb is OrbAvatar  # the tag Fern infers from the members' constant `type`
    assert EndProcedureToolConfig is EndProcedureToolConfigInput  # twins of one shape
    # the official VoiceCategory is the voice's category; the spec's VOICE_CATEGORY enum yields the name
    assert "high_quality" in typing.get_args(VoiceCategory)
    assert "high_quality" not in typing.get_args(VoiceCategoryModel)


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


def test_a_union_with_a_string_constant_imports_as_the_official_sdk_spells_it() -> None:
    from typing import Literal, get_args

    from elevenlabs_client import AllowedOutputFormats, MusicOnlyOutputFormats, MusicOutputFormat

    assert get_args(MusicOutputFormat) == (*get_args(AllowedOutputFormats | MusicOnlyOutputFormats), Literal["auto"])
    assert "auto" in get_args(get_args(MusicOutputFormat)[-1])
