from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_conversation_response_model_status import (
    GetConversationResponseModelStatus,
)
from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        conversation_id = self.conversation_id

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        transcript = []
        for transcript_item_data in self.transcript:
            transcript_item = transcript_item_data.to_dict()
            transcript.append(transcript_item)

        metadata = self.metadata.to_dict()

        has_audio = self.has_audio

        has_user_audio = self.has_user_audio

        has_response_audio = self.has_response_audio

        user_id: None | str | Unset = self.user_id

        branch_id: None | str | Unset = self.branch_id

        analysis: dict[str, Any] | None | Unset
        if isinstance(self.analysis, Unset):
            analysis = UNSET
        elif isinstance(self.analysis, ConversationHistoryAnalysisCommonModel):
            analysis = self.analysis.to_dict()
        else:
            analysis = self.analysis

        conversation_initiation_client_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversation_initiation_client_data, Unset):
            conversation_initiation_client_data = self.conversation_initiation_client_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["agent_id"] = agent_id
        field_dict["conversation_id"] = conversation_id
        field_dict["status"] = status
        field_dict["transcript"] = transcript
        field_dict["metadata"] = metadata
        field_dict["has_audio"] = has_audio
        field_dict["has_user_audio"] = has_user_audio
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
        d = dict(src_dict)
        agent_id = d.pop("agent_id")

        conversation_id = d.pop("conversation_id")

        status = d.pop("status")

        transcript = []
        _transcript = d.pop("transcript")
        for transcript_item_data in _transcript:
            transcript_item = ConversationHistoryTranscriptCommonModelOutput.from_dict(transcript_item_data)

            transcript.append(transcript_item)

        metadata = ConversationHistoryMetadataCommonModel.from_dict(d.pop("metadata"))

        has_audio = d.pop("has_audio")

        has_user_audio = d.pop("has_user_audio")

        has_response_audio = d.pop("has_response_audio")

        user_id = d.pop("user_id", UNSET)

        branch_id = d.pop("branch_id", UNSET)

        def _parse_analysis(data: object) -> ConversationHistoryAnalysisCommonModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            analysis_type_0 = ConversationHistoryAnalysisCommonModel.from_dict(data)

            return analysis_type_0

        analysis = _parse_analysis(d.pop("analysis", UNSET))

        _conversation_initiation_client_data = d.pop("conversation_initiation_client_data", UNSET)
        conversation_initiation_client_data: ConversationInitiationClientDataRequestOutput | Unset
        if isinstance(_conversation_initiation_client_data, Unset):
            conversation_initiation_client_data = UNSET
        else:
            conversation_initiation_client_data = ConversationInitiationClientDataRequestOutput.from_dict(
                _conversation_initiation_client_data
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
