from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateSpeechEngineRequest")


@_attrs_define
class UpdateSpeechEngineRequest:
    """Attributes:
    name (None | str | Unset):
    speech_engine (None | SpeechEngineConfig | Unset):
    asr (ASRConversationalConfig | None | Unset):
    tts (None | TTSConversationalConfigInput | Unset):
    turn (BaseTurnConfig | None | Unset):
    vad (None | Unset | VADConfig):
    conversation (ConversationConfigInput | None | Unset):
    privacy (None | PrivacyConfigInput | Unset):
    call_limits (AgentCallLimits | None | Unset):
    language (None | str | Unset):
    tags (list[str] | None | Unset):
    overrides (None | SpeechEngineConversationInitiationClientDataConfig | Unset):
    """

    name: None | str | Unset = UNSET

    speech_engine: None | SpeechEngineConfig | Unset = UNSET

    asr: ASRConversationalConfig | None | Unset = UNSET

    tts: None | TTSConversationalConfigInput | Unset = UNSET

    turn: BaseTurnConfig | None | Unset = UNSET

    vad: None | Unset | VADConfig = UNSET

    conversation: ConversationConfigInput | None | Unset = UNSET

    privacy: None | PrivacyConfigInput | Unset = UNSET

    call_limits: AgentCallLimits | None | Unset = UNSET

    language: None | str | Unset = UNSET

    tags: list[str] | None | Unset = UNSET

    overrides: None | SpeechEngineConversationInitiationClientDataConfig | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset = self.name

        speech_engine: dict[str, Any] | None | Unset
        if isinstance(self.speech_engine, Unset):
            speech_engine = UNSET
        elif isinstance(self.speech_engine, SpeechEngineConfig):
            speech_engine = self.speech_engine.to_dict()
        else:
            speech_engine = self.speech_engine

        asr: dict[str, Any] | None | Unset
        if isinstance(self.asr, Unset):
            asr = UNSET
        elif isinstance(self.asr, ASRConversationalConfig):
            asr = self.asr.to_dict()
        else:
            asr = self.asr

        tts: dict[str, Any] | None | Unset
        if isinstance(self.tts, Unset):
            tts = UNSET
        elif isinstance(self.tts, TTSConversationalConfigInput):
            tts = self.tts.to_dict()
        else:
            tts = self.tts

        turn: dict[str, Any] | None | Unset
        if isinstance(self.turn, Unset):
            turn = UNSET
        elif isinstance(self.turn, BaseTurnConfig):
            turn = self.turn.to_dict()
        else:
            turn = self.turn

        vad: dict[str, Any] | None | Unset
        if isinstance(self.vad, Unset):
            vad = UNSET
        elif isinstance(self.vad, VADConfig):
            vad = self.vad.to_dict()
        else:
            vad = self.vad

        conversation: dict[str, Any] | None | Unset
        if isinstance(self.conversation, Unset):
            conversation = UNSET
        elif isinstance(self.conversation, ConversationConfigInput):
            conversation = self.conversation.to_dict()
        else:
            conversation = self.conversation

        privacy: dict[str, Any] | None | Unset
        if isinstance(self.privacy, Unset):
            privacy = UNSET
        elif isinstance(self.privacy, PrivacyConfigInput):
            privacy = self.privacy.to_dict()
        else:
            privacy = self.privacy

        call_limits: dict[str, Any] | None | Unset
        if isinstance(self.call_limits, Unset):
            call_limits = UNSET
        elif isinstance(self.call_limits, AgentCallLimits):
            call_limits = self.call_limits.to_dict()
        else:
            call_limits = self.call_limits

        language: None | str | Unset = self.language

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        overrides: dict[str, Any] | None | Unset
        if isinstance(self.overrides, Unset):
            overrides = UNSET
        elif isinstance(self.overrides, SpeechEngineConversationInitiationClientDataConfig):
            overrides = self.overrides.to_dict()
        else:
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
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_speech_engine(data: object) -> None | SpeechEngineConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            speech_engine_type_0 = SpeechEngineConfig.from_dict(data)

            return speech_engine_type_0

        speech_engine = _parse_speech_engine(d.pop("speech_engine", UNSET))

        def _parse_asr(data: object) -> ASRConversationalConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            asr_type_0 = ASRConversationalConfig.from_dict(data)

            return asr_type_0

        asr = _parse_asr(d.pop("asr", UNSET))

        def _parse_tts(data: object) -> None | TTSConversationalConfigInput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            tts_type_0 = TTSConversationalConfigInput.from_dict(data)

            return tts_type_0

        tts = _parse_tts(d.pop("tts", UNSET))

        def _parse_turn(data: object) -> BaseTurnConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            turn_type_0 = BaseTurnConfig.from_dict(data)

            return turn_type_0

        turn = _parse_turn(d.pop("turn", UNSET))

        def _parse_vad(data: object) -> None | Unset | VADConfig:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            vad_type_0 = VADConfig.from_dict(data)

            return vad_type_0

        vad = _parse_vad(d.pop("vad", UNSET))

        def _parse_conversation(data: object) -> ConversationConfigInput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            conversation_type_0 = ConversationConfigInput.from_dict(data)

            return conversation_type_0

        conversation = _parse_conversation(d.pop("conversation", UNSET))

        def _parse_privacy(data: object) -> None | PrivacyConfigInput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            privacy_type_0 = PrivacyConfigInput.from_dict(data)

            return privacy_type_0

        privacy = _parse_privacy(d.pop("privacy", UNSET))

        def _parse_call_limits(data: object) -> AgentCallLimits | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            call_limits_type_0 = AgentCallLimits.from_dict(data)

            return call_limits_type_0

        call_limits = _parse_call_limits(d.pop("call_limits", UNSET))

        language = d.pop("language", UNSET)

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, list):
                raise TypeError(f"got {type(data).__name__}")
            tags_type_0 = cast(list[str], data)

            return tags_type_0

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_overrides(data: object) -> None | SpeechEngineConversationInitiationClientDataConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            overrides_type_0 = SpeechEngineConversationInitiationClientDataConfig.from_dict(data)

            return overrides_type_0

        overrides = _parse_overrides(d.pop("overrides", UNSET))

        update_speech_engine_request = cls(
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
        )
        update_speech_engine_request.additional_properties = d
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_call_limits import AgentCallLimits
from ..models.asr_conversational_config import ASRConversationalConfig
from ..models.base_turn_config import BaseTurnConfig
from ..models.conversation_config_input import ConversationConfigInput
from ..models.privacy_config_input import PrivacyConfigInput
from ..models.speech_engine_config import SpeechEngineConfig
from ..models.speech_engine_conversation_initiation_client_data_config import (
    SpeechEngineConversationInitiationClientDataConfig,
)
from ..models.tts_conversational_config_input import TTSConversationalConfigInput
from ..models.vad_config import VADConfig
