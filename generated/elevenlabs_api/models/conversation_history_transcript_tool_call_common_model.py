from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tool_type import ToolType, check_tool_type
from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    missing_field,
    parse_strictly,
    unexpected_type,
)

T = TypeVar("T", bound="ConversationHistoryTranscriptToolCallCommonModel")


@_attrs_define
class ConversationHistoryTranscriptToolCallCommonModel:
    """Attributes:
    request_id (str):
    tool_name (str):
    params_as_json (str):
    tool_has_been_called (bool):
    type_ (None | ToolType | Unset):
    tool_details (ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsInput |
        ConversationHistoryTranscriptToolCallClientDetails | ConversationHistoryTranscriptToolCallMCPDetails |
        ConversationHistoryTranscriptToolCallWebhookDetails | None | Unset):
    """

    request_id: str

    tool_name: str

    params_as_json: str

    tool_has_been_called: bool

    type_: None | ToolType | Unset = UNSET

    tool_details: (
        ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsInput
        | ConversationHistoryTranscriptToolCallClientDetails
        | ConversationHistoryTranscriptToolCallMCPDetails
        | ConversationHistoryTranscriptToolCallWebhookDetails
        | None
        | Unset
    ) = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        tool_name = self.tool_name

        params_as_json = self.params_as_json

        tool_has_been_called = self.tool_has_been_called

        type_: Any
        try:
            if isinstance(self.type_, Unset):
                type_ = UNSET
            elif isinstance(self.type_, str):
                type_ = self.type_
            else:
                type_ = self.type_

        except (AttributeError, TypeError):
            type_ = self.type_

        tool_details: Any
        try:
            if isinstance(self.tool_details, Unset):
                tool_details = UNSET
            elif (
                isinstance(self.tool_details, ConversationHistoryTranscriptToolCallWebhookDetails)
                or isinstance(self.tool_details, ConversationHistoryTranscriptToolCallClientDetails)
                or isinstance(self.tool_details, ConversationHistoryTranscriptToolCallMCPDetails)
                or isinstance(self.tool_details, ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsInput)
            ):
                tool_details = self.tool_details.to_dict()
            else:
                tool_details = self.tool_details

        except (AttributeError, TypeError):
            tool_details = self.tool_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if request_id is not None or "request_id" not in self._missing_fields:
            field_dict["request_id"] = request_id
        if tool_name is not None or "tool_name" not in self._missing_fields:
            field_dict["tool_name"] = tool_name
        if params_as_json is not None or "params_as_json" not in self._missing_fields:
            field_dict["params_as_json"] = params_as_json
        if tool_has_been_called is not None or "tool_has_been_called" not in self._missing_fields:
            field_dict["tool_has_been_called"] = tool_has_been_called
        if type_ is not UNSET:
            field_dict["type"] = type_
        if tool_details is not UNSET:
            field_dict["tool_details"] = tool_details
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        request_id = d.pop("request_id", MISSING)
        if request_id.__class__ is not str:
            if request_id is MISSING:
                request_id = missing_field(cls, "request_id")
                _missing += ("request_id",)
            else:
                request_id = unexpected_type(cls, "request_id", request_id, "a string")

        tool_name = d.pop("tool_name", MISSING)
        if tool_name.__class__ is not str:
            if tool_name is MISSING:
                tool_name = missing_field(cls, "tool_name")
                _missing += ("tool_name",)
            else:
                tool_name = unexpected_type(cls, "tool_name", tool_name, "a string")

        params_as_json = d.pop("params_as_json", MISSING)
        if params_as_json.__class__ is not str:
            if params_as_json is MISSING:
                params_as_json = missing_field(cls, "params_as_json")
                _missing += ("params_as_json",)
            else:
                params_as_json = unexpected_type(cls, "params_as_json", params_as_json, "a string")

        tool_has_been_called = d.pop("tool_has_been_called", MISSING)
        if tool_has_been_called.__class__ is not bool:
            if tool_has_been_called is MISSING:
                tool_has_been_called = missing_field(cls, "tool_has_been_called")
                _missing += ("tool_has_been_called",)
            else:
                tool_has_been_called = unexpected_type(cls, "tool_has_been_called", tool_has_been_called, "a boolean")

        type__raw = d.pop("type", UNSET)
        try:

            def _parse_type_(data: object) -> None | ToolType | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, str):
                    raise TypeError(f"got {type(data).__name__}")
                type_type_0 = check_tool_type(data)

                return type_type_0

            type_ = _parse_type_(type__raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            type_ = deviating_field(cls, "type", type__raw)

        tool_details_raw = d.pop("tool_details", UNSET)
        try:

            def _parse_tool_details(
                data: object,
            ) -> (
                ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsInput
                | ConversationHistoryTranscriptToolCallClientDetails
                | ConversationHistoryTranscriptToolCallMCPDetails
                | ConversationHistoryTranscriptToolCallWebhookDetails
                | None
                | Unset
            ):
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return parse_strictly(_parse_tool_details_member, data)

            def _parse_tool_details_member(
                data: object,
            ) -> (
                ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsInput
                | ConversationHistoryTranscriptToolCallClientDetails
                | ConversationHistoryTranscriptToolCallMCPDetails
                | ConversationHistoryTranscriptToolCallWebhookDetails
                | None
                | Unset
            ):
                if isinstance(data, dict):
                    for known in (
                        ConversationHistoryTranscriptToolCallWebhookDetails,
                        ConversationHistoryTranscriptToolCallClientDetails,
                        ConversationHistoryTranscriptToolCallMCPDetails,
                        ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsInput,
                    ):
                        kind = getattr(known, "_kind", None)
                        if kind is not None and data.get(kind[0]) == kind[1]:
                            return known.from_dict(data)

                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    tool_details_type_0_type_0 = ConversationHistoryTranscriptToolCallWebhookDetails.from_dict(data)

                    return tool_details_type_0_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    tool_details_type_0_type_1 = ConversationHistoryTranscriptToolCallClientDetails.from_dict(data)

                    return tool_details_type_0_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    tool_details_type_0_type_2 = ConversationHistoryTranscriptToolCallMCPDetails.from_dict(data)

                    return tool_details_type_0_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                tool_details_type_0_type_3 = (
                    ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsInput.from_dict(data)
                )

                return tool_details_type_0_type_3

            tool_details = _parse_tool_details(tool_details_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            tool_details = deviating_field(cls, "tool_details", tool_details_raw)

        conversation_history_transcript_tool_call_common_model = cls(
            request_id=request_id,
            tool_name=tool_name,
            params_as_json=params_as_json,
            tool_has_been_called=tool_has_been_called,
            type_=type_,
            tool_details=tool_details,
        )
        if _missing:
            conversation_history_transcript_tool_call_common_model._missing_fields = _missing
        conversation_history_transcript_tool_call_common_model.additional_properties = d
        return conversation_history_transcript_tool_call_common_model

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
from ..models.conversation_history_transcript_tool_call_api_integration_webhook_details_input import (
    ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsInput,
)
from ..models.conversation_history_transcript_tool_call_client_details import (
    ConversationHistoryTranscriptToolCallClientDetails,
)
from ..models.conversation_history_transcript_tool_call_mcp_details import (
    ConversationHistoryTranscriptToolCallMCPDetails,
)
from ..models.conversation_history_transcript_tool_call_webhook_details import (
    ConversationHistoryTranscriptToolCallWebhookDetails,
)
