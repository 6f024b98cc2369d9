from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_conversation_response_model_status import (
    GetConversationResponseModelStatus,
)
from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="GetConversationResponseModel")


@_attrs_define
class GetConversationResponseModel:
    """Attributes:
    agent_id (str):
    conversation_id (str):
    status (GetConversationResponseModelStatus | str):
    transcript (list[ConversationHistoryTranscriptCommonModelOutput]):
    metadata (ConversationHistoryMetadataCommonModel):
    has_audio (bool):
    has_user_audio (bool):
    has_response_audio (bool):
    user_id (None | str | Unset):
    branch_id (None | str | Unset):
    analysis (ConversationHistoryAnalysisCommonModel | None | Unset):
    conversation_initiation_client_data (ConversationInitiationClientDataRequestOutput | Unset):
    """

    agent_id: str

    conversation_id: str

    status: GetConversationResponseModelStatus | str

    transcript: list[ConversationHistoryTranscriptCommonModelOutput]

    metadata: ConversationHistoryMetadataCommonModel

    has_audio: bool

    has_user_audio: bool

    has_response_audio: bool

    user_id: None | str | Unset = UNSET

    branch_id: None | str | Unset = UNSET

    analysis: ConversationHistoryAnalysisCommonModel | None | Unset = UNSET

    conversation_initiation_client_data: ConversationInitiationClientDataRequestOutput | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        conversation_id = self.conversation_id

        status: Any
        try:
            if isinstance(self.status, str):
                status = self.status
            else:
                status = self.status

        except (AttributeError, TypeError):
            status = self.status

        transcript: Any
        try:
            transcript = []
            for transcript_item_data in self.transcript:
                transcript_item = transcript_item_data.to_dict()
                transcript.append(transcript_item)

        except (AttributeError, TypeError):
            transcript = self.transcript

        metadata: Any
        try:
            metadata = self.metadata.to_dict()
        except (AttributeError, TypeError):
            metadata = self.metadata

        has_audio = self.has_audio

        has_user_audio = self.has_user_audio

        has_response_audio = self.has_response_audio

        user_id: Any
        try:
            user_id = self.user_id

        except (AttributeError, TypeError):
            user_id = self.user_id

        branch_id: Any
        try:
            branch_id = self.branch_id

        except (AttributeError, TypeError):
            branch_id = self.branch_id

        analysis: Any
        try:
            if isinstance(self.analysis, Unset):
                analysis = UNSET
            elif isinstance(self.analysis, ConversationHistoryAnalysisCommonModel):
                analysis = self.analysis.to_dict()
            else:
                analysis = self.analysis

        except (AttributeError, TypeError):
            analysis = self.analysis

        conversation_initiation_client_data: Any
        try:
            conversation_initiation_client_data = UNSET
            if not isinstance(self.conversation_initiation_client_data, Unset):
                conversation_initiation_client_data = self.conversation_initiation_client_data.to_dict()
        except (AttributeError, TypeError):
            conversation_initiation_client_data = self.conversation_initiation_client_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if agent_id is not None or "agent_id" not in self._missing_fields:
            field_dict["agent_id"] = agent_id
        if conversation_id is not None or "conversation_id" not in self._missing_fields:
            field_dict["conversation_id"] = conversation_id
        if status is not None or "status" not in self._missing_fields:
            field_dict["status"] = status
        if transcript is not None or "transcript" not in self._missing_fields:
            field_dict["transcript"] = transcript
        if metadata is not None or "metadata" not in self._missing_fields:
            field_dict["metadata"] = metadata
        if has_audio is not None or "has_audio" not in self._missing_fields:
            field_dict["has_audio"] = has_audio
        if has_user_audio is not None or "has_user_audio" not in self._missing_fields:
            field_dict["has_user_audio"] = has_user_audio
        if has_response_audio is not None or "has_response_audio" not in self._missing_fields:
            field_dict["has_response_audio"] = has_response_audio
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if analysis is not UNSET:
            field_dict["analysis"] = analysis
        if conversation_initiation_client_data is not UNSET:
            field_dict["conversation_initiation_client_data"] = conversation_initiation_client_data
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        agent_id = d.pop("agent_id", MISSING)
        if agent_id.__class__ is not str:
            if agent_id is MISSING:
                agent_id = missing_field(cls, "agent_id")
                _missing += ("agent_id",)
            else:
                agent_id = unexpected_type(cls, "agent_id", agent_id, "a string")

        conversation_id = d.pop("conversation_id", MISSING)
        if conversation_id.__class__ is not str:
            if conversation_id is MISSING:
                conversation_id = missing_field(cls, "conversation_id")
                _missing += ("conversation_id",)
            else:
                conversation_id = unexpected_type(cls, "conversation_id", conversation_id, "a string")

        status = d.pop("status", MISSING)
        if status.__class__ is not str:
            if status is MISSING:
                status = missing_field(cls, "status")
                _missing += ("status",)
            else:
                status = unexpected_type(cls, "status", status, "a string")

        transcript_raw = d.pop("transcript", MISSING)
        if transcript_raw is MISSING:
            transcript = missing_field(cls, "transcript")
            _missing += ("transcript",)
        else:
            try:
                expect_array("transcript", transcript_raw)
                transcript = []
                _transcript = transcript_raw
                for transcript_item_data in _transcript:
                    transcript_item = ConversationHistoryTranscriptCommonModelOutput.from_dict(transcript_item_data)

                    transcript.append(transcript_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                transcript = deviating_field(cls, "transcript", transcript_raw)

        metadata_raw = d.pop("metadata", MISSING)
        if metadata_raw is MISSING:
            metadata = missing_field(cls, "metadata")
            _missing += ("metadata",)
        else:
            try:
                metadata = ConversationHistoryMetadataCommonModel.from_dict(metadata_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                metadata = deviating_field(cls, "metadata", metadata_raw)

        has_audio = d.pop("has_audio", MISSING)
        if has_audio.__class__ is not bool:
            if has_audio is MISSING:
                has_audio = missing_field(cls, "has_audio")
                _missing += ("has_audio",)
            else:
                has_audio = unexpected_type(cls, "has_audio", has_audio, "a boolean")

        has_user_audio = d.pop("has_user_audio", MISSING)
        if has_user_audio.__class__ is not bool:
            if has_user_audio is MISSING:
                has_user_audio = missing_field(cls, "has_user_audio")
                _missing += ("has_user_audio",)
            else:
                has_user_audio = unexpected_type(cls, "has_user_audio", has_user_audio, "a boolean")

        has_response_audio = d.pop("has_response_audio", MISSING)
        if has_response_audio.__class__ is not bool:
            if has_response_audio is MISSING:
                has_response_audio = missing_field(cls, "has_response_audio")
                _missing += ("has_response_audio",)
            else:
                has_response_audio = unexpected_type(cls, "has_response_audio", has_response_audio, "a boolean")

        user_id = d.pop("user_id", UNSET)
        if user_id.__class__ is not str and user_id is not None and user_id is not UNSET:
            user_id = unexpected_type(cls, "user_id", user_id, "a string or null")

        branch_id = d.pop("branch_id", UNSET)
        if branch_id.__class__ is not str and branch_id is not None and branch_id is not UNSET:
            branch_id = unexpected_type(cls, "branch_id", branch_id, "a string or null")

        analysis_raw = d.pop("analysis", UNSET)
        try:

            def _parse_analysis(data: object) -> ConversationHistoryAnalysisCommonModel | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                analysis_type_0 = ConversationHistoryAnalysisCommonModel.from_dict(data)

                return analysis_type_0

            analysis = _parse_analysis(analysis_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            analysis = deviating_field(cls, "analysis", analysis_raw)

        conversation_initiation_client_data_raw = d.pop("conversation_initiation_client_data", UNSET)
        try:
            _conversation_initiation_client_data = conversation_initiation_client_data_raw
            conversation_initiation_client_data: ConversationInitiationClientDataRequestOutput | Unset
            if isinstance(_conversation_initiation_client_data, Unset):
                conversation_initiation_client_data = UNSET
            else:
                conversation_initiation_client_data = ConversationInitiationClientDataRequestOutput.from_dict(
                    _conversation_initiation_client_data
                )
        except (KeyError, TypeError, ValueError, AttributeError):
            conversation_initiation_client_data = deviating_field(
                cls, "conversation_initiation_client_data", conversation_initiation_client_data_raw
            )

        get_conversation_response_model = cls(
            agent_id=agent_id,
            conversation_id=conversation_id,
            status=status,
            transcript=transcript,
            metadata=metadata,
            has_audio=has_audio,
            has_user_audio=has_user_audio,
            has_response_audio=has_response_audio,
            user_id=user_id,
            branch_id=branch_id,
            analysis=analysis,
            conversation_initiation_client_data=conversation_initiation_client_data,
        )
        if _missing:
            get_conversation_response_model._missing_fields = _missing
        get_conversation_response_model.additional_properties = d
        return get_conversation_response_model

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
from ..models.conversation_history_analysis_common_model import ConversationHistoryAnalysisCommonModel
from ..models.conversation_history_metadata_common_model import ConversationHistoryMetadataCommonModel
from ..models.conversation_history_transcript_common_model_output import ConversationHistoryTranscriptCommonModelOutput
from ..models.conversation_initiation_client_data_request_output import ConversationInitiationClientDataRequestOutput
