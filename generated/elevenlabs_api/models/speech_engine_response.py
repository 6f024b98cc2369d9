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

T = TypeVar("T", bound="SpeechEngineResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class SpeechEngineResponse(Lazy):
    """Example:
        {'asr': {'keywords': [], 'provider': 'elevenlabs', 'quality': 'high', 'user_input_audio_format': 'pcm_16000'},
        'call_limits': {'agent_concurrency_limit': -1, 'bursting_enabled': True, 'daily_limit': 100000}, 'conversation':
        {'client_events': ['audio', 'interruption', 'agent_response', 'user_transcript'], 'max_duration_seconds': 600},
        'language': 'en', 'metadata': {'created_at_unix_secs': 1714000000, 'created_from': 'api', 'last_updated_from':
        'api', 'updated_at_unix_secs': 1714000000}, 'name': 'My Speech Engine', 'overrides': {'first_message': False},
        'privacy': {'apply_to_existing_conversations': False, 'delete_audio': False, 'delete_transcript_and_pii': False,
        'record_voice': True, 'retention_days': -1, 'zero_retention_mode': False}, 'speech_engine': {'request_headers':
        {}, 'ws_url': 'wss://example.com/transcript'}, 'speech_engine_id': 'seng_3701k3ttaq12ewp8b7qv5rfyszkz', 'tags':
        ['production', 'v1'], 'tts': {'agent_output_audio_format': 'pcm_16000', 'model_id': 'eleven_flash_v2',
        'optimize_streaming_latency': 3, 'similarity_boost': 0.8, 'speed': 1.0, 'stability': 0.5, 'voice_id':
        'cjVigY5qzO86Huf0OWal'}, 'turn': {'mode': 'turn', 'silence_end_call_timeout': -1, 'turn_eagerness': 'normal',
        'turn_timeout': 7.0}, 'vad': {'background_voice_detection': False}}

    Attributes:
        speech_engine_id (str): The speech engine resource ID
        name (str): Human-readable name for the speech engine
        speech_engine (SpeechEngineConfig):
        asr (AsrConversationalConfig):  Example: {'keywords': ['hello', 'world'], 'provider': 'scribe_realtime',
            'quality': 'high', 'user_input_audio_format': 'pcm_16000'}.
        tts (TtsConversationalConfigOutput):  Example: {'agent_output_audio_format': 'pcm_16000', 'model_id':
            'eleven_turbo_v2', 'optimize_streaming_latency': 3, 'pronunciation_dictionary_locators': [], 'similarity_boost':
            0.8, 'speed': 1.0, 'stability': 0.5, 'voice_id': 'cjVigY5qzO86Huf0OWal'}.
        turn (BaseTurnConfig):  Example: {'interruption_ignore_term_languages': [], 'interruption_ignore_terms': [],
            'merge_with_default_ignore_terms': False, 'mode': 'turn', 'retranscribe_on_turn_timeout': False,
            'silence_end_call_timeout': -1.0, 'speculative_turn': False, 'spelling_patience': 'auto',
            'transcribe_on_disabled_interruptions': False, 'turn_eagerness': 'normal', 'turn_timeout': 7.0}.
        vad (VadConfig):  Example: {'background_voice_detection': False}.
        conversation (ConversationConfigOutput):  Example: {'client_events': ['audio', 'interruption'],
            'max_duration_seconds': 600}.
        privacy (PrivacyConfigOutput):  Example: {'apply_to_existing_conversations': False, 'delete_audio': False,
            'delete_transcript_and_pii': False, 'record_voice': True, 'retention_days': -1, 'zero_retention_mode': False}.
        call_limits (AgentCallLimits):  Example: {'agent_concurrency_limit': -1, 'bursting_enabled': True,
            'daily_limit': 100000}.
        language (str): ISO language code used by the speech engine (e.g. 'en')
        tags (list[str]): Arbitrary tags for categorization and filtering
        overrides (SpeechEngineConversationInitiationClientDataConfig):
        metadata (AgentMetadataDbModel):
        access_info (None | ResourceAccessInfo | Unset): The access information of the speech engine for the user
    """

    speech_engine_id: str

    name: str

    speech_engine: SpeechEngineConfig

    asr: AsrConversationalConfig

    tts: TtsConversationalConfigOutput

    turn: BaseTurnConfig

    vad: VadConfig

    conversation: ConversationConfigOutput

    privacy: PrivacyConfigOutput

    call_limits: AgentCallLimits

    language: str

    tags: list[str]

    overrides: SpeechEngineConversationInitiationClientDataConfig

    metadata: AgentMetadataDbModel

    access_info: None | ResourceAccessInfo | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "speech_engine_id",
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
        "metadata",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        speech_engine_id = self.speech_engine_id

        name = self.name

        speech_engine: Any
        try:
            speech_engine = self.speech_engine.to_dict()
        except (AttributeError, TypeError):
            speech_engine = self.speech_engine

        asr: Any
        try:
            asr = self.asr.to_dict()
        except (AttributeError, TypeError):
            asr = self.asr

        tts: Any
        try:
            tts = self.tts.to_dict()
        except (AttributeError, TypeError):
            tts = self.tts

        turn: Any
        try:
            turn = self.turn.to_dict()
        except (AttributeError, TypeError):
            turn = self.turn

        vad: Any
        try:
            vad = self.vad.to_dict()
        except (AttributeError, TypeError):
            vad = self.vad

        conversation: Any
        try:
            conversation = self.conversation.to_dict()
        except (AttributeError, TypeError):
            conversation = self.conversation

        privacy: Any
        try:
            privacy = self.privacy.to_dict()
        except (AttributeError, TypeError):
            privacy = self.privacy

        call_limits: Any
        try:
            call_limits = self.call_limits.to_dict()
        except (AttributeError, TypeError):
            call_limits = self.call_limits

        language = self.language

        tags: Any
        try:
            tags = self.tags

        except (AttributeError, TypeError):
            tags = self.tags

        overrides: Any
        try:
            overrides = self.overrides.to_dict()
        except (AttributeError, TypeError):
            overrides = self.overrides

        metadata: Any
        try:
            metadata = self.metadata.to_dict()
        except (AttributeError, TypeError):
            metadata = self.metadata

        access_info: Any
        try:
            if isinstance(self.access_info, Unset):
                access_info = UNSET
            elif isinstance(self.access_info, ResourceAccessInfo):
                access_info = self.access_info.to_dict()
            else:
                access_info = self.access_info

        except (AttributeError, TypeError):
            access_info = self.access_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if speech_engine_id is not None or "speech_engine_id" not in self._missing_fields:
            field_dict["speech_engine_id"] = speech_engine_id
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if speech_engine is not None or "speech_engine" not in self._missing_fields:
            field_dict["speech_engine"] = speech_engine
        if asr is not None or "asr" not in self._missing_fields:
            field_dict["asr"] = asr
        if tts is not None or "tts" not in self._missing_fields:
            field_dict["tts"] = tts
        if turn is not None or "turn" not in self._missing_fields:
            field_dict["turn"] = turn
        if vad is not None or "vad" not in self._missing_fields:
            field_dict["vad"] = vad
        if conversation is not None or "conversation" not in self._missing_fields:
            field_dict["conversation"] = conversation
        if privacy is not None or "privacy" not in self._missing_fields:
            field_dict["privacy"] = privacy
        if call_limits is not None or "call_limits" not in self._missing_fields:
            field_dict["call_limits"] = call_limits
        if language is not None or "language" not in self._missing_fields:
            field_dict["language"] = language
        if tags is not None or "tags" not in self._missing_fields:
            field_dict["tags"] = tags
        if overrides is not None or "overrides" not in self._missing_fields:
            field_dict["overrides"] = overrides
        if metadata is not None or "metadata" not in self._missing_fields:
            field_dict["metadata"] = metadata
        if access_info is not UNSET:
            field_dict["access_info"] = access_info
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        speech_engine_response = cls.__new__(cls)
        speech_engine_response.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return speech_engine_response

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


_read_speech_engine_id = plain_reader("speech_engine_id", (str,), "a string", True)

_read_name = plain_reader("name", (str,), "a string", True)


def _read_speech_engine(cls: type[SpeechEngineResponse], d: Mapping[str, Any]) -> Any:
    speech_engine_raw = d.get("speech_engine", MISSING)
    if speech_engine_raw is MISSING:
        speech_engine = missing_field(cls, "speech_engine")
    else:
        try:
            speech_engine = SpeechEngineConfig.from_dict(speech_engine_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            speech_engine = deviating_field(cls, "speech_engine", speech_engine_raw)

    return speech_engine


def _read_asr(cls: type[SpeechEngineResponse], d: Mapping[str, Any]) -> Any:
    asr_raw = d.get("asr", MISSING)
    if asr_raw is MISSING:
        asr = missing_field(cls, "asr")
    else:
        try:
            asr = AsrConversationalConfig.from_dict(asr_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            asr = deviating_field(cls, "asr", asr_raw)

    return asr


def _read_tts(cls: type[SpeechEngineResponse], d: Mapping[str, Any]) -> Any:
    tts_raw = d.get("tts", MISSING)
    if tts_raw is MISSING:
        tts = missing_field(cls, "tts")
    else:
        try:
            tts = TtsConversationalConfigOutput.from_dict(tts_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            tts = deviating_field(cls, "tts", tts_raw)

    return tts


def _read_turn(cls: type[SpeechEngineResponse], d: Mapping[str, Any]) -> Any:
    turn_raw = d.get("turn", MISSING)
    if turn_raw is MISSING:
        turn = missing_field(cls, "turn")
    else:
        try:
            turn = BaseTurnConfig.from_dict(turn_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            turn = deviating_field(cls, "turn", turn_raw)

    return turn


def _read_vad(cls: type[SpeechEngineResponse], d: Mapping[str, Any]) -> Any:
    vad_raw = d.get("vad", MISSING)
    if vad_raw is MISSING:
        vad = missing_field(cls, "vad")
    else:
        try:
            vad = VadConfig.from_dict(vad_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            vad = deviating_field(cls, "vad", vad_raw)

    return vad


def _read_conversation(cls: type[SpeechEngineResponse], d: Mapping[str, Any]) -> Any:
    conversation_raw = d.get("conversation", MISSING)
    if conversation_raw is MISSING:
        conversation = missing_field(cls, "conversation")
    else:
        try:
            conversation = ConversationConfigOutput.from_dict(conversation_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            conversation = deviating_field(cls, "conversation", conversation_raw)

    return conversation


def _read_privacy(cls: type[SpeechEngineResponse], d: Mapping[str, Any]) -> Any:
    privacy_raw = d.get("privacy", MISSING)
    if privacy_raw is MISSING:
        privacy = missing_field(cls, "privacy")
    else:
        try:
            privacy = PrivacyConfigOutput.from_dict(privacy_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            privacy = deviating_field(cls, "privacy", privacy_raw)

    return privacy


def _read_call_limits(cls: type[SpeechEngineResponse], d: Mapping[str, Any]) -> Any:
    call_limits_raw = d.get("call_limits", MISSING)
    if call_limits_raw is MISSING:
        call_limits = missing_field(cls, "call_limits")
    else:
        try:
            call_limits = AgentCallLimits.from_dict(call_limits_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            call_limits = deviating_field(cls, "call_limits", call_limits_raw)

    return call_limits


_read_language = plain_reader("language", (str,), "a string", True)

_read_tags = plain_reader("tags", (list,), "an array", True, ((str,), "a string"))


def _read_overrides(cls: type[SpeechEngineResponse], d: Mapping[str, Any]) -> Any:
    overrides_raw = d.get("overrides", MISSING)
    if overrides_raw is MISSING:
        overrides = missing_field(cls, "overrides")
    else:
        try:
            overrides = SpeechEngineConversationInitiationClientDataConfig.from_dict(overrides_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            overrides = deviating_field(cls, "overrides", overrides_raw)

    return overrides


def _read_metadata(cls: type[SpeechEngineResponse], d: Mapping[str, Any]) -> Any:
    metadata_raw = d.get("metadata", MISSING)
    if metadata_raw is MISSING:
        metadata = missing_field(cls, "metadata")
    else:
        try:
            metadata = AgentMetadataDbModel.from_dict(metadata_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            metadata = deviating_field(cls, "metadata", metadata_raw)

    return metadata


def _read_access_info(cls: type[SpeechEngineResponse], d: Mapping[str, Any]) -> Any:
    access_info_raw = d.get("access_info", UNSET)
    try:

        def _parse_access_info(data: object) -> None | ResourceAccessInfo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            access_info_type_0 = ResourceAccessInfo.from_dict(data)

            return access_info_type_0

        access_info = _parse_access_info(access_info_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        access_info = deviating_field(cls, "access_info", access_info_raw)

    return access_info


_FIELDS: frozenset[str] = frozenset(
    (
        "speech_engine_id",
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
        "metadata",
        "access_info",
    )
)


def _read_additional_properties(cls: type[SpeechEngineResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[SpeechEngineResponse], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    speech_engine_id = d.get("speech_engine_id", MISSING)
    if speech_engine_id.__class__ is not str:
        speech_engine_id = _read_speech_engine_id(cls, d)

    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    if "speech_engine" in known:
        speech_engine = known["speech_engine"]
    else:
        speech_engine = _read_speech_engine(cls, d)

    if "asr" in known:
        asr = known["asr"]
    else:
        asr = _read_asr(cls, d)

    if "tts" in known:
        tts = known["tts"]
    else:
        tts = _read_tts(cls, d)

    if "turn" in known:
        turn = known["turn"]
    else:
        turn = _read_turn(cls, d)

    if "vad" in known:
        vad = known["vad"]
    else:
        vad = _read_vad(cls, d)

    if "conversation" in known:
        conversation = known["conversation"]
    else:
        conversation = _read_conversation(cls, d)

    if "privacy" in known:
        privacy = known["privacy"]
    else:
        privacy = _read_privacy(cls, d)

    if "call_limits" in known:
        call_limits = known["call_limits"]
    else:
        call_limits = _read_call_limits(cls, d)

    language = d.get("language", MISSING)
    if language.__class__ is not str:
        language = _read_language(cls, d)

    tags = d.get("tags", MISSING)
    if tags.__class__ is not list:
        tags = _read_tags(cls, d)
    elif tags.__class__ is list and tags:
        check_items(cls, "tags", tags, (str,), "a string")

    if "overrides" in known:
        overrides = known["overrides"]
    else:
        overrides = _read_overrides(cls, d)

    if "metadata" in known:
        metadata = known["metadata"]
    else:
        metadata = _read_metadata(cls, d)

    if "access_info" in known:
        access_info = known["access_info"]
    else:
        access_info = d.get("access_info", UNSET)
        if access_info is not UNSET and access_info is not None:
            access_info = _read_access_info(cls, d)

    return {
        "speech_engine_id": speech_engine_id,
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
        "metadata": metadata,
        "access_info": access_info,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    SpeechEngineResponse,
    _all_fields,
    {
        "speech_engine_id": _read_speech_engine_id,
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
        "metadata": _read_metadata,
        "access_info": _read_access_info,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_call_limits import AgentCallLimits
from ..models.agent_metadata_db_model import AgentMetadataDbModel
from ..models.asr_conversational_config import AsrConversationalConfig
from ..models.base_turn_config import BaseTurnConfig
from ..models.conversation_config_output import ConversationConfigOutput
from ..models.privacy_config_output import PrivacyConfigOutput
from ..models.resource_access_info import ResourceAccessInfo
from ..models.speech_engine_config import SpeechEngineConfig
from ..models.speech_engine_conversation_initiation_client_data_config import (
    SpeechEngineConversationInitiationClientDataConfig,
)
from ..models.tts_conversational_config_output import TtsConversationalConfigOutput
from ..models.vad_config import VadConfig
