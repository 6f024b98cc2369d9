from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SpeechEngineResponse")


@_attrs_define
class SpeechEngineResponse:
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
        asr (ASRConversationalConfig):  Example: {'keywords': ['hello', 'world'], 'provider': 'scribe_realtime',
            'quality': 'high', 'user_input_audio_format': 'pcm_16000'}.
        tts (TTSConversationalConfigOutput):  Example: {'agent_output_audio_format': 'pcm_16000', 'model_id':
            'eleven_turbo_v2', 'optimize_streaming_latency': 3, 'pronunciation_dictionary_locators': [], 'similarity_boost':
            0.8, 'speed': 1.0, 'stability': 0.5, 'voice_id': 'cjVigY5qzO86Huf0OWal'}.
        turn (BaseTurnConfig):  Example: {'interruption_ignore_term_languages': [], 'interruption_ignore_terms': [],
            'merge_with_default_ignore_terms': False, 'mode': 'turn', 'retranscribe_on_turn_timeout': False,
            'silence_end_call_timeout': -1.0, 'speculative_turn': False, 'spelling_patience': 'auto',
            'transcribe_on_disabled_interruptions': False, 'turn_eagerness': 'normal', 'turn_timeout': 7.0}.
        vad (VADConfig):  Example: {'background_voice_detection': False}.
        conversation (ConversationConfigOutput):  Example: {'client_events': ['audio', 'interruption'],
            'max_duration_seconds': 600}.
        privacy (PrivacyConfigOutput):  Example: {'apply_to_existing_conversations': False, 'delete_audio': False,
            'delete_transcript_and_pii': False, 'record_voice': True, 'retention_days': -1, 'zero_retention_mode': False}.
        call_limits (AgentCallLimits):  Example: {'agent_concurrency_limit': -1, 'bursting_enabled': True,
            'daily_limit': 100000}.
        language (str): ISO language code used by the speech engine (e.g. 'en')
        tags (list[str]): Arbitrary tags for categorization and filtering
        overrides (SpeechEngineConversationInitiationClientDataConfig):
        metadata (AgentMetadataDBModel):
        access_info (None | ResourceAccessInfo | Unset): The access information of the speech engine for the user
    """

    speech_engine_id: str

    name: str

    speech_engine: SpeechEngineConfig

    asr: ASRConversationalConfig

    tts: TTSConversationalConfigOutput

    turn: BaseTurnConfig

    vad: VADConfig

    conversation: ConversationConfigOutput

    privacy: PrivacyConfigOutput

    call_limits: AgentCallLimits

    language: str

    tags: list[str]

    overrides: SpeechEngineConversationInitiationClientDataConfig

    metadata: AgentMetadataDBModel

    access_info: None | ResourceAccessInfo | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        speech_engine_id = self.speech_engine_id

        name = self.name

        speech_engine = self.speech_engine.to_dict()

        asr = self.asr.to_dict()

        tts = self.tts.to_dict()

        turn = self.turn.to_dict()

        vad = self.vad.to_dict()

        conversation = self.conversation.to_dict()

        privacy = self.privacy.to_dict()

        call_limits = self.call_limits.to_dict()

        language = self.language

        tags = self.tags

        overrides = self.overrides.to_dict()

        metadata = self.metadata.to_dict()

        access_info: dict[str, Any] | None | Unset
        if isinstance(self.access_info, Unset):
            access_info = UNSET
        elif isinstance(self.access_info, ResourceAccessInfo):
            access_info = self.access_info.to_dict()
        else:
            access_info = self.access_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["speech_engine_id"] = speech_engine_id
        field_dict["name"] = name
        field_dict["speech_engine"] = speech_engine
        field_dict["asr"] = asr
        field_dict["tts"] = tts
        field_dict["turn"] = turn
        field_dict["vad"] = vad
        field_dict["conversation"] = conversation
        field_dict["privacy"] = privacy
        field_dict["call_limits"] = call_limits
        field_dict["language"] = language
        field_dict["tags"] = tags
        field_dict["overrides"] = overrides
        field_dict["metadata"] = metadata
        if access_info is not UNSET:
            field_dict["access_info"] = access_info
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        speech_engine_id = d.pop("speech_engine_id")

        name = d.pop("name")

        speech_engine = SpeechEngineConfig.from_dict(d.pop("speech_engine"))

        asr = ASRConversationalConfig.from_dict(d.pop("asr"))

        tts = TTSConversationalConfigOutput.from_dict(d.pop("tts"))

        turn = BaseTurnConfig.from_dict(d.pop("turn"))

        vad = VADConfig.from_dict(d.pop("vad"))

        conversation = ConversationConfigOutput.from_dict(d.pop("conversation"))

        privacy = PrivacyConfigOutput.from_dict(d.pop("privacy"))

        call_limits = AgentCallLimits.from_dict(d.pop("call_limits"))

        language = d.pop("language")

        tags = cast(list[str], d.pop("tags"))

        overrides = SpeechEngineConversationInitiationClientDataConfig.from_dict(d.pop("overrides"))

        metadata = AgentMetadataDBModel.from_dict(d.pop("metadata"))

        def _parse_access_info(data: object) -> None | ResourceAccessInfo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            access_info_type_0 = ResourceAccessInfo.from_dict(data)

            return access_info_type_0

        access_info = _parse_access_info(d.pop("access_info", UNSET))

        speech_engine_response = cls(
            speech_engine_id=speech_engine_id,
            name=name,
            speech_engine=speech_engine,
            asr=asr,
            tts=tts,
            turn=turn,
            vad=vad,
            conversation=conversation,
            privacy=privacy,
            call_limits=call_limits,
            language=language,
            tags=tags,
            overrides=overrides,
            metadata=metadata,
            access_info=access_info,
        )
        speech_engine_response.additional_properties = d
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_call_limits import AgentCallLimits
from ..models.agent_metadata_db_model import AgentMetadataDBModel
from ..models.asr_conversational_config import ASRConversationalConfig
from ..models.base_turn_config import BaseTurnConfig
from ..models.conversation_config_output import ConversationConfigOutput
from ..models.privacy_config_output import PrivacyConfigOutput
from ..models.resource_access_info import ResourceAccessInfo
from ..models.speech_engine_config import SpeechEngineConfig
from ..models.speech_engine_conversation_initiation_client_data_config import (
    SpeechEngineConversationInitiationClientDataConfig,
)
from ..models.tts_conversational_config_output import TTSConversationalConfigOutput
from ..models.vad_config import VADConfig
