from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    check_items,
    deviating_field,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="UpdateSpeechEngineRequest")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class UpdateSpeechEngineRequest(Lazy):
    """Attributes:
    name (None | str | Unset):
    speech_engine (None | SpeechEngineConfig | Unset):
    asr (AsrConversationalConfig | None | Unset):
    tts (None | TtsConversationalConfigInput | Unset):
    turn (BaseTurnConfig | None | Unset):
    vad (None | Unset | VadConfig):
    conversation (ConversationConfigInput | None | Unset):
    privacy (None | PrivacyConfigInput | Unset):
    call_limits (AgentCallLimits | None | Unset):
    language (None | str | Unset):
    tags (list[str] | None | Unset):
    overrides (None | SpeechEngineConversationInitiationClientDataConfig | Unset):
    """

    name: None | str | Unset = UNSET

    speech_engine: None | SpeechEngineConfig | Unset = UNSET

    asr: AsrConversationalConfig | None | Unset = UNSET

    tts: None | TtsConversationalConfigInput | Unset = UNSET

    turn: BaseTurnConfig | None | Unset = UNSET

    vad: None | Unset | VadConfig = UNSET

    conversation: ConversationConfigInput | None | Unset = UNSET

    privacy: None | PrivacyConfigInput | Unset = UNSET

    call_limits: AgentCallLimits | None | Unset = UNSET

    language: None | str | Unset = UNSET

    tags: list[str] | None | Unset = UNSET

    overrides: None | SpeechEngineConversationInitiationClientDataConfig | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        name: Any
        try:
            name = self.name

        except (AttributeError, TypeError):
            name = self.name

        speech_engine: Any
        try:
            if isinstance(self.speech_engine, Unset):
                speech_engine = UNSET
            elif isinstance(self.speech_engine, SpeechEngineConfig):
                speech_engine = self.speech_engine.to_dict()
            else:
                speech_engine = self.speech_engine

        except (AttributeError, TypeError):
            speech_engine = self.speech_engine

        asr: Any
        try:
            if isinstance(self.asr, Unset):
                asr = UNSET
            elif isinstance(self.asr, AsrConversationalConfig):
                asr = self.asr.to_dict()
            else:
                asr = self.asr

        except (AttributeError, TypeError):
            asr = self.asr

        tts: Any
        try:
            if isinstance(self.tts, Unset):
                tts = UNSET
            elif isinstance(self.tts, TtsConversationalConfigInput):
                tts = self.tts.to_dict()
            else:
                tts = self.tts

        except (AttributeError, TypeError):
            tts = self.tts

        turn: Any
        try:
            if isinstance(self.turn, Unset):
                turn = UNSET
            elif isinstance(self.turn, BaseTurnConfig):
                turn = self.turn.to_dict()
            else:
                turn = self.turn

        except (AttributeError, TypeError):
            turn = self.turn

        vad: Any
        try:
            if isinstance(self.vad, Unset):
                vad = UNSET
            elif isinstance(self.vad, VadConfig):
                vad = self.vad.to_dict()
            else:
                vad = self.vad

        except (AttributeError, TypeError):
            vad = self.vad

        conversation: Any
        try:
            if isinstance(self.conversation, Unset):
                conversation = UNSET
            elif isinstance(self.conversation, ConversationConfigInput):
                conversation = self.conversation.to_dict()
            else:
                conversation = self.conversation

        except (AttributeError, TypeError):
            conversation = self.conversation

        privacy: Any
        try:
            if isinstance(self.privacy, Unset):
                privacy = UNSET
            elif isinstance(self.privacy, PrivacyConfigInput):
                privacy = self.privacy.to_dict()
            else:
                privacy = self.privacy

        except (AttributeError, TypeError):
            privacy = self.privacy

        call_limits: Any
        try:
            if isinstance(self.call_limits, Unset):
                call_limits = UNSET
            elif isinstance(self.call_limits, AgentCallLimits):
                call_limits = self.call_limits.to_dict()
            else:
                call_limits = self.call_limits

        except (AttributeError, TypeError):
            call_limits = self.call_limits

        language: Any
        try:
            language = self.language

        except (AttributeError, TypeError):
            language = self.language

        tags: Any
        try:
            if isinstance(self.tags, Unset):
                tags = UNSET
            elif isinstance(self.tags, list):
                tags = self.tags

            else:
                tags = self.tags

        except (AttributeError, TypeError):
            tags = self.tags

        overrides: Any
        try:
            if isinstance(self.overrides, Unset):
                overrides = UNSET
            elif isinstance(self.overrides, SpeechEngineConversationInitiationClientDataConfig):
                overrides = self.overrides.to_dict()
            else:
                overrides = self.overrides

        except (AttributeError, TypeError):
            overrides = self.overrides

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if speech_engine is not UNSET:
            field_dict["speech_engine"] = speech_engine
        if asr is not UNSET:
            field_dict["asr"] = asr
        if tts is not UNSET:
            field_dict["tts"] = tts
        if turn is not UNSET:
            field_dict["turn"] = turn
        if vad is not UNSET:
            field_dict["vad"] = vad
        if conversation is not UNSET:
            field_dict["conversation"] = conversation
        if privacy is not UNSET:
            field_dict["privacy"] = privacy
        if call_limits is not UNSET:
            field_dict["call_limits"] = call_limits
        if language is not UNSET:
            field_dict["language"] = language
        if tags is not UNSET:
            field_dict["tags"] = tags
        if overrides is not UNSET:
            field_dict["overrides"] = overrides
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        update_speech_engine_request = cls.__new__(cls)
        update_speech_engine_request.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return update_speech_engine_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_read_name = plain_reader(
    "name",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_speech_engine(cls: type[UpdateSpeechEngineRequest], d: Mapping[str, Any]) -> Any:
    speech_engine_raw = d.get("speech_engine", UNSET)
    try:

        def _parse_speech_engine(data: object) -> None | SpeechEngineConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            speech_engine_type_0 = SpeechEngineConfig.from_dict(data)

            return speech_engine_type_0

        speech_engine = _parse_speech_engine(speech_engine_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        speech_engine = deviating_field(cls, "speech_engine", speech_engine_raw)

    return speech_engine


def _read_asr(cls: type[UpdateSpeechEngineRequest], d: Mapping[str, Any]) -> Any:
    asr_raw = d.get("asr", UNSET)
    try:

        def _parse_asr(data: object) -> AsrConversationalConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            asr_type_0 = AsrConversationalConfig.from_dict(data)

            return asr_type_0

        asr = _parse_asr(asr_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        asr = deviating_field(cls, "asr", asr_raw)

    return asr


def _read_tts(cls: type[UpdateSpeechEngineRequest], d: Mapping[str, Any]) -> Any:
    tts_raw = d.get("tts", UNSET)
    try:

        def _parse_tts(data: object) -> None | TtsConversationalConfigInput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            tts_type_0 = TtsConversationalConfigInput.from_dict(data)

            return tts_type_0

        tts = _parse_tts(tts_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        tts = deviating_field(cls, "tts", tts_raw)

    return tts


def _read_turn(cls: type[UpdateSpeechEngineRequest], d: Mapping[str, Any]) -> Any:
    turn_raw = d.get("turn", UNSET)
    try:

        def _parse_turn(data: object) -> BaseTurnConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            turn_type_0 = BaseTurnConfig.from_dict(data)

            return turn_type_0

        turn = _parse_turn(turn_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        turn = deviating_field(cls, "turn", turn_raw)

    return turn


def _read_vad(cls: type[UpdateSpeechEngineRequest], d: Mapping[str, Any]) -> Any:
    vad_raw = d.get("vad", UNSET)
    try:

        def _parse_vad(data: object) -> None | Unset | VadConfig:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            vad_type_0 = VadConfig.from_dict(data)

            return vad_type_0

        vad = _parse_vad(vad_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        vad = deviating_field(cls, "vad", vad_raw)

    return vad


def _read_conversation(cls: type[UpdateSpeechEngineRequest], d: Mapping[str, Any]) -> Any:
    conversation_raw = d.get("conversation", UNSET)
    try:

        def _parse_conversation(data: object) -> ConversationConfigInput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            conversation_type_0 = ConversationConfigInput.from_dict(data)

            return conversation_type_0

        conversation = _parse_conversation(conversation_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        conversation = deviating_field(cls, "conversation", conversation_raw)

    return conversation


def _read_privacy(cls: type[UpdateSpeechEngineRequest], d: Mapping[str, Any]) -> Any:
    privacy_raw = d.get("privacy", UNSET)
    try:

        def _parse_privacy(data: object) -> None | PrivacyConfigInput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            privacy_type_0 = PrivacyConfigInput.from_dict(data)

            return privacy_type_0

        privacy = _parse_privacy(privacy_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        privacy = deviating_field(cls, "privacy", privacy_raw)

    return privacy


def _read_call_limits(cls: type[UpdateSpeechEngineRequest], d: Mapping[str, Any]) -> Any:
    call_limits_raw = d.get("call_limits", UNSET)
    try:

        def _parse_call_limits(data: object) -> AgentCallLimits | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            call_limits_type_0 = AgentCallLimits.from_dict(data)

            return call_limits_type_0

        call_limits = _parse_call_limits(call_limits_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        call_limits = deviating_field(cls, "call_limits", call_limits_raw)

    return call_limits


_read_language = plain_reader(
    "language",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_tags = plain_reader(
    "tags",
    (
        list,
        type(None),
    ),
    "an array or null",
    False,
    ((str,), "a string"),
)


def _read_overrides(cls: type[UpdateSpeechEngineRequest], d: Mapping[str, Any]) -> Any:
    overrides_raw = d.get("overrides", UNSET)
    try:

        def _parse_overrides(data: object) -> None | SpeechEngineConversationInitiationClientDataConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            overrides_type_0 = SpeechEngineConversationInitiationClientDataConfig.from_dict(data)

            return overrides_type_0

        overrides = _parse_overrides(overrides_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        overrides = deviating_field(cls, "overrides", overrides_raw)

    return overrides


_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "speech_engine",
        "asr",
        "tts",
        "turn",
        "vad",
        "conversation",
        "privacy",
        "call_limits",
        "language",
        "tags",
        "overrides",
    )
)


def _read_additional_properties(cls: type[UpdateSpeechEngineRequest], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[UpdateSpeechEngineRequest], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    name = d.get("name", UNSET)
    if name.__class__ is not str and name is not None and name is not UNSET:
        name = _read_name(cls, d)

    if "speech_engine" in known:
        speech_engine = known["speech_engine"]
    else:
        speech_engine = d.get("speech_engine", UNSET)
        if speech_engine is not UNSET and speech_engine is not None:
            speech_engine = _read_speech_engine(cls, d)

    if "asr" in known:
        asr = known["asr"]
    else:
        asr = d.get("asr", UNSET)
        if asr is not UNSET and asr is not None:
            asr = _read_asr(cls, d)

    if "tts" in known:
        tts = known["tts"]
    else:
        tts = d.get("tts", UNSET)
        if tts is not UNSET and tts is not None:
            tts = _read_tts(cls, d)

    if "turn" in known:
        turn = known["turn"]
    else:
        turn = d.get("turn", UNSET)
        if turn is not UNSET and turn is not None:
            turn = _read_turn(cls, d)

    if "vad" in known:
        vad = known["vad"]
    else:
        vad = d.get("vad", UNSET)
        if vad is not UNSET and vad is not None:
            vad = _read_vad(cls, d)

    if "conversation" in known:
        conversation = known["conversation"]
    else:
        conversation = d.get("conversation", UNSET)
        if conversation is not UNSET and conversation is not None:
            conversation = _read_conversation(cls, d)

    if "privacy" in known:
        privacy = known["privacy"]
    else:
        privacy = d.get("privacy", UNSET)
        if privacy is not UNSET and privacy is not None:
            privacy = _read_privacy(cls, d)

    if "call_limits" in known:
        call_limits = known["call_limits"]
    else:
        call_limits = d.get("call_limits", UNSET)
        if call_limits is not UNSET and call_limits is not None:
            call_limits = _read_call_limits(cls, d)

    language = d.get("language", UNSET)
    if language.__class__ is not str and language is not None and language is not UNSET:
        language = _read_language(cls, d)

    tags = d.get("tags", UNSET)
    if tags.__class__ is not list and tags is not None and tags is not UNSET:
        tags = _read_tags(cls, d)
    elif tags.__class__ is list and tags:
        check_items(cls, "tags", tags, (str,), "a string")

    if "overrides" in known:
        overrides = known["overrides"]
    else:
        overrides = d.get("overrides", UNSET)
        if overrides is not UNSET and overrides is not None:
            overrides = _read_overrides(cls, d)

    return {
        "name": name,
        "speech_engine": speech_engine,
        "asr": asr,
        "tts": tts,
        "turn": turn,
        "vad": vad,
        "conversation": conversation,
        "privacy": privacy,
        "call_limits": call_limits,
        "language": language,
        "tags": tags,
        "overrides": overrides,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    UpdateSpeechEngineRequest,
    _all_fields,
    {
        "name": _read_name,
        "speech_engine": _read_speech_engine,
        "asr": _read_asr,
        "tts": _read_tts,
        "turn": _read_turn,
        "vad": _read_vad,
        "conversation": _read_conversation,
        "privacy": _read_privacy,
        "call_limits": _read_call_limits,
        "language": _read_language,
        "tags": _read_tags,
        "overrides": _read_overrides,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_call_limits import AgentCallLimits
from ..models.asr_conversational_config import AsrConversationalConfig
from ..models.base_turn_config import BaseTurnConfig
from ..models.conversation_config_input import ConversationConfigInput
from ..models.privacy_config_input import PrivacyConfigInput
from ..models.speech_engine_config import SpeechEngineConfig
from ..models.speech_engine_conversation_initiation_client_data_config import (
    SpeechEngineConversationInitiationClientDataConfig,
)
from ..models.tts_conversational_config_input import TtsConversationalConfigInput
from ..models.vad_config import VadConfig
