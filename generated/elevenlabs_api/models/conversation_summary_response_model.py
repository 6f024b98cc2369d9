from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_summary_response_model_direction import (
    ConversationSummaryResponseModelDirection,
)
from ..models.conversation_summary_response_model_status import (
    ConversationSummaryResponseModelStatus,
)
from ..models.evaluation_success_result import EvaluationSuccessResult
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationSummaryResponseModel")


@_attrs_define
class ConversationSummaryResponseModel:
    """Attributes:
    agent_id (str):
    conversation_id (str):
    start_time_unix_secs (int):
    call_duration_secs (int):
    message_count (int):
    status (ConversationSummaryResponseModelStatus | str):
    call_successful (EvaluationSuccessResult | str):
    agent_name (None | str | Unset):
    transcript_summary (None | str | Unset):
    call_summary_title (None | str | Unset):
    direction (ConversationSummaryResponseModelDirection | None | str | Unset):
    """

    agent_id: str

    conversation_id: str

    start_time_unix_secs: int

    call_duration_secs: int

    message_count: int

    status: ConversationSummaryResponseModelStatus | str

    call_successful: EvaluationSuccessResult | str

    agent_name: None | str | Unset = UNSET

    transcript_summary: None | str | Unset = UNSET

    call_summary_title: None | str | Unset = UNSET

    direction: ConversationSummaryResponseModelDirection | None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        conversation_id = self.conversation_id

        start_time_unix_secs = self.start_time_unix_secs

        call_duration_secs = self.call_duration_secs

        message_count = self.message_count

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        call_successful: str
        if isinstance(self.call_successful, str):
            call_successful = self.call_successful
        else:
            call_successful = self.call_successful

        agent_name: None | str | Unset = self.agent_name

        transcript_summary: None | str | Unset = self.transcript_summary

        call_summary_title: None | str | Unset = self.call_summary_title

        direction: None | str | Unset
        if isinstance(self.direction, Unset):
            direction = UNSET
        elif isinstance(self.direction, str):
            direction = self.direction
        else:
            direction = self.direction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["agent_id"] = agent_id
        field_dict["conversation_id"] = conversation_id
        field_dict["start_time_unix_secs"] = start_time_unix_secs
        field_dict["call_duration_secs"] = call_duration_secs
        field_dict["message_count"] = message_count
        field_dict["status"] = status
        field_dict["call_successful"] = call_successful
        if agent_name is not UNSET:
            field_dict["agent_name"] = agent_name
        if transcript_summary is not UNSET:
            field_dict["transcript_summary"] = transcript_summary
        if call_summary_title is not UNSET:
            field_dict["call_summary_title"] = call_summary_title
        if direction is not UNSET:
            field_dict["direction"] = direction
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        agent_id = d.pop("agent_id")

        conversation_id = d.pop("conversation_id")

        start_time_unix_secs = d.pop("start_time_unix_secs")

        call_duration_secs = d.pop("call_duration_secs")

        message_count = d.pop("message_count")

        status = d.pop("status")

        call_successful = d.pop("call_successful")

        agent_name = d.pop("agent_name", UNSET)

        transcript_summary = d.pop("transcript_summary", UNSET)

        call_summary_title = d.pop("call_summary_title", UNSET)

        direction = d.pop("direction", UNSET)

        conversation_summary_response_model = cls(
            agent_id=agent_id,
            conversation_id=conversation_id,
            start_time_unix_secs=start_time_unix_secs,
            call_duration_secs=call_duration_secs,
            message_count=message_count,
            status=status,
            call_successful=call_successful,
            agent_name=agent_name,
            transcript_summary=transcript_summary,
            call_summary_title=call_summary_title,
            direction=direction,
        )
        conversation_summary_response_model.additional_properties = d
        return conversation_summary_response_model

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
