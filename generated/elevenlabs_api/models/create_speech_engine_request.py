from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    check_items,
    deviating_field,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="CreateSpeechEngineRequest")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class CreateSpeechEngineRequest(Lazy):
    """Attributes:
    speech_engine (SpeechEngineConfig):
    name (str | Unset): Name of the speech engine Defaults to 'Speech Engine' on the server.
    asr (AsrConversationalConfig | Unset):  Example: {'keywords': ['hello', 'world'], 'provider': 'scribe_realtime',
        'quality': 'high', 'user_input_audio_format': 'pcm_16000'}.
    tts (TtsConversationalConfigInput | Unset):  Example: {'agent_output_audio_format': 'pcm_16000', 'model_id':
        'eleven_turbo_v2', 'optimize_streaming_latency': 3, 'pronunciation_dictionary_locators': [], 'similarity_boost':
        0.8, 'speed': 1.0, 'stability': 0.5, 'voice_id': 'cjVigY5qzO86Huf0OWal'}.
    turn (BaseTurnConfig | Unset):  Example: {'interruption_ignore_term_languages': [], 'interruption_ignore_terms':
        [], 'merge_with_default_ignore_terms': False, 'mode': 'turn', 'retranscribe_on_turn_timeout': False,
        'silence_end_call_timeout': -1.0, 'speculative_turn': False, 'spelling_patience': 'auto',
        'transcribe_on_disabled_interruptions': False, 'turn_eagerness': 'normal', 'turn_timeout': 7.0}.
    vad (VadConfig | Unset):  Example: {'background_voice_detection': False}.
    conversation (ConversationConfigInput | Unset):  Example: {'client_events': ['audio', 'interruption'],
        'max_duration_seconds': 600}.
    privacy (PrivacyConfigInput | Unset):  Example: {'apply_to_existing_conversations': False, 'delete_audio':
        False, 'delete_transcript_and_pii': False, 'record_voice': True, 'retention_days': -1, 'zero_retention_mode':
        False}.
    call_limits (AgentCallLimits | Unset):  Example: {'agent_concurrency_limit': -1, 'bursting_enabled': True,
        'daily_limit': 100000}.
    language (str | Unset): Language for the speech engine Defaults to 'en' on the server.
    tags (list[str] | Unset): Tags for categorization
    overrides (SpeechEngineConversationInitiationClientDataConfig | Unset):
    """

    speech_engine: SpeechEngineConfig

    name: str | Unset = UNSET

    asr: AsrConversationalConfig | Unset = UNSET

    tts: TtsConversationalConfigInput | Unset = UNSET

    turn: BaseTurnConfig | Unset = UNSET

    vad: VadConfig | Unset = UNSET

    conversation: ConversationConfigInput | Unset = UNSET

    privacy: PrivacyConfigInput | Unset = UNSET

    call_limits: AgentCallLimits | Unset = UNSET

    language: str | Unset = UNSET

    tags: list[str] | Unset = UNSET

    overrides: SpeechEngineConversationInitiationClientDataConfig | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("speech_engine",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        speech_engine: Any
        try:
            speech_engine = self.speech_engine.to_dict()
        except (AttributeError, TypeError):
            speech_engine = self.speech_engine

        name = self.name

        asr: Any
        try:
            asr = UNSET
            if not isinstance(self.asr, Unset):
                asr = self.asr.to_dict()
        except (AttributeError, TypeError):
            asr = self.asr

        tts: Any
        try:
            tts = UNSET
            if not isinstance(self.tts, Unset):
                tts = self.tts.to_dict()
        except (AttributeError, TypeError):
            tts = self.tts

        turn: Any
        try:
            turn = UNSET
            if not isinstance(self.turn, Unset):
                turn = self.turn.to_dict()
        except (AttributeError, TypeError):
            turn = self.turn

        vad: Any
        try:
            vad = UNSET
            if not isinstance(self.vad, Unset):
                vad = self.vad.to_dict()
        except (AttributeError, TypeError):
            vad = self.vad

        conversation: Any
        try:
            conversation = UNSET
            if not isinstance(self.conversation, Unset):
                conversation = self.conversation.to_dict()
        except (AttributeError, TypeError):
            conversation = self.conversation

        privacy: Any
        try:
            privacy = UNSET
            if not isinstance(self.privacy, Unset):
                privacy = self.privacy.to_dict()
        except (AttributeError, TypeError):
            privacy = self.privacy

        call_limits: Any
        try:
            call_limits = UNSET
            if not isinstance(self.call_limits, Unset):
                call_limits = self.call_limits.to_dict()
        except (AttributeError, TypeError):
            call_limits = self.call_limits

        language = self.language

        tags: Any
        try:
            tags = UNSET
            if not isinstance(self.tags, Unset):
                tags = self.tags

        except (AttributeError, TypeError):
            tags = self.tags

        overrides: Any
        try:
            overrides = UNSET
            if not isinstance(self.overrides, Unset):
                overrides = self.overrides.to_dict()
        except (AttributeError, TypeError):
            overrides = self.overrides

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if speech_engine is not None or "speech_engine" not in self._missing_fields:
            field_dict["speech_engine"] = speech_engine
        if name is not UNSET:
            field_dict["name"] = name
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
        create_speech_engine_request = cls.__new__(cls)
        create_speech_engine_request.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return create_speech_engine_request

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


def _read_speech_engine(cls: type[CreateSpeechEngineRequest], d: Mapping[str, Any]) -> Any:
    speech_engine_raw = d.get("speech_engine", MISSING)
    if speech_engine_raw is MISSING:
        speech_engine = missing_field(cls, "speech_engine")
    else:
        try:
            speech_engine = SpeechEngineConfig.from_dict(speech_engine_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            speech_engine = deviating_field(cls, "speech_engine", speech_engine_raw)

    return speech_engine


_read_name = plain_reader("name", (str,), "a string", False)


def _read_asr(cls: type[CreateSpeechEngineRequest], d: Mapping[str, Any]) -> Any:
    asr_raw = d.get("asr", UNSET)
    try:
        _asr = asr_raw
        asr: AsrConversationalConfig | Unset
        if isinstance(_asr, Unset):
            asr = UNSET
        else:
            asr = AsrConversationalConfig.from_dict(_asr)
    except (KeyError, TypeError, ValueError, AttributeError):
        asr = deviating_field(cls, "asr", asr_raw)

    return asr


def _read_tts(cls: type[CreateSpeechEngineRequest], d: Mapping[str, Any]) -> Any:
    tts_raw = d.get("tts", UNSET)
    try:
        _tts = tts_raw
        tts: TtsConversationalConfigInput | Unset
        if isinstance(_tts, Unset):
            tts = UNSET
        else:
            tts = TtsConversationalConfigInput.from_dict(_tts)
    except (KeyError, TypeError, ValueError, AttributeError):
        tts = deviating_field(cls, "tts", tts_raw)

    return tts


def _read_turn(cls: type[CreateSpeechEngineRequest], d: Mapping[str, Any]) -> Any:
    turn_raw = d.get("turn", UNSET)
    try:
        _turn = turn_raw
        turn: BaseTurnConfig | Unset
        if isinstance(_turn, Unset):
            turn = UNSET
        else:
            turn = BaseTurnConfig.from_dict(_turn)
    except (KeyError, TypeError, ValueError, AttributeError):
        turn = deviating_field(cls, "turn", turn_raw)

    return turn


def _read_vad(cls: type[CreateSpeechEngineRequest], d: Mapping[str, Any]) -> Any:
    vad_raw = d.get("vad", UNSET)
    try:
        _vad = vad_raw
        vad: VadConfig | Unset
        if isinstance(_vad, Unset):
            vad = UNSET
        else:
            vad = VadConfig.from_dict(_vad)
    except (KeyError, TypeError, ValueError, AttributeError):
        vad = deviating_field(cls, "vad", vad_raw)

    return vad


def _read_conversation(cls: type[CreateSpeechEngineRequest], d: Mapping[str, Any]) -> Any:
    conversation_raw = d.get("conversation", UNSET)
    try:
        _conversation = conversation_raw
        conversation: ConversationConfigInput | Unset
        if isinstance(_conversation, Unset):
            conversation = UNSET
        else:
            conversation = ConversationConfigInput.from_dict(_conversation)
    except (KeyError, TypeError, ValueError, AttributeError):
        conversation = deviating_field(cls, "conversation", conversation_raw)

    return conversation


def _read_privacy(cls: type[CreateSpeechEngineRequest], d: Mapping[str, Any]) -> Any:
    privacy_raw = d.get("privacy", UNSET)
    try:
        _privacy = privacy_raw
        privacy: PrivacyConfigInput | Unset
        if isinstance(_privacy, Unset):
            privacy = UNSET
        else:
            privacy = PrivacyConfigInput.from_dict(_privacy)
    except (KeyError, TypeError, ValueError, AttributeError):
        privacy = deviating_field(cls, "privacy", privacy_raw)

    return privacy


def _read_call_limits(cls: type[CreateSpeechEngineRequest], d: Mapping[str, Any]) -> Any:
    call_limits_raw = d.get("call_limits", UNSET)
    try:
        _call_limits = call_limits_raw
        call_limits: AgentCallLimits | Unset
        if isinstance(_call_limits, Unset):
            call_limits = UNSET
        else:
            call_limits = AgentCallLimits.from_dict(_call_limits)
    except (KeyError, TypeError, ValueError, AttributeError):
        call_limits = deviating_field(cls, "call_limits", call_limits_raw)

    return call_limits


_read_language = plain_reader("language", (str,), "a string", False)

_read_tags = plain_reader("tags", (list,), "an array", False, ((str,), "a string"))


def _read_overrides(cls: type[CreateSpeechEngineRequest], d: Mapping[str, Any]) -> Any:
    overrides_raw = d.get("overrides", UNSET)
    try:
        _overrides = overrides_raw
        overrides: SpeechEngineConversationInitiationClientDataConfig | Unset
        if isinstance(_overrides, Unset):
            overrides = UNSET
        else:
            overrides = SpeechEngineConversationInitiationClientDataConfig.from_dict(_overrides)
    except (KeyError, TypeError, ValueError, AttributeError):
        overrides = deviating_field(cls, "overrides", overrides_raw)

    return overrides


_FIELDS: frozenset[str] = frozenset(
    (
        "speech_engine",
        "name",
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


def _read_additional_properties(cls: type[CreateSpeechEngineRequest], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[CreateSpeechEngineRequest], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "speech_engine" in known:
        speech_engine = known["speech_engine"]
    else:
        speech_engine = _read_speech_engine(cls, d)

    name = d.get("name", UNSET)
    if name.__class__ is not str and name is not UNSET:
        name = _read_name(cls, d)

    if "asr" in known:
        asr = known["asr"]
    else:
        asr = d.get("asr", UNSET)
        if asr is not UNSET:
            asr = _read_asr(cls, d)

    if "tts" in known:
        tts = known["tts"]
    else:
        tts = d.get("tts", UNSET)
        if tts is not UNSET:
            tts = _read_tts(cls, d)

    if "turn" in known:
        turn = known["turn"]
    else:
        turn = d.get("turn", UNSET)
        if turn is not UNSET:
            turn = _read_turn(cls, d)

    if "vad" in known:
        vad = known["vad"]
    else:
        vad = d.get("vad", UNSET)
        if vad is not UNSET:
            vad = _read_vad(cls, d)

    if "conversation" in known:
        conversation = known["conversation"]
    else:
        conversation = d.get("conversation", UNSET)
        if conversation is not UNSET:
            conversation = _read_conversation(cls, d)

    if "privacy" in known:
        privacy = known["privacy"]
    else:
        privacy = d.get("privacy", UNSET)
        if privacy is not UNSET:
            privacy = _read_privacy(cls, d)

    if "call_limits" in known:
        call_limits = known["call_limits"]
    else:
        call_limits = d.get("call_limits", UNSET)
        if call_limits is not UNSET:
            call_limits = _read_call_limits(cls, d)

    language = d.get("language", UNSET)
    if language.__class__ is not str and language is not UNSET:
        language = _read_language(cls, d)

    tags = d.get("tags", UNSET)
    if tags.__class__ is not list and tags is not UNSET:
        tags = _read_tags(cls, d)
    elif tags.__class__ is list and tags:
        check_items(cls, "tags", tags, (str,), "a string")

    if "overrides" in known:
        overrides = known["overrides"]
    else:
        overrides = d.get("overrides", UNSET)
        if overrides is not UNSET:
            overrides = _read_overrides(cls, d)

    return {
        "speech_engine": speech_engine,
        "name": name,
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
        "_missing_fields": (),
    }


set_readers(
    CreateSpeechEngineRequest,
    _all_fields,
    {
        "speech_engine": _read_speech_engine,
        "name": _read_name,
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
        "_missing_fields": missing_fields,
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
