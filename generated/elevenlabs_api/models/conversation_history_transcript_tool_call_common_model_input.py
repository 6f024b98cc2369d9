from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import ToolType, check_tool_type
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_fields,
    parse_strictly,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ConversationHistoryTranscriptToolCallCommonModelInput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ConversationHistoryTranscriptToolCallCommonModelInput(Lazy):
    """Attributes:
    request_id (str):
    tool_name (str):
    params_as_json (str):
    tool_has_been_called (bool):
    type_ (None | ToolType | Unset):
    tool_details (ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsInput |
        ConversationHistoryTranscriptToolCallClientDetails | ConversationHistoryTranscriptToolCallMcpDetails |
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
        | ConversationHistoryTranscriptToolCallMcpDetails
        | ConversationHistoryTranscriptToolCallWebhookDetails
        | None
        | Unset
    ) = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "request_id",
        "tool_name",
        "params_as_json",
        "tool_has_been_called",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
                or isinstance(self.tool_details, ConversationHistoryTranscriptToolCallMcpDetails)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        conversation_history_transcript_tool_call_common_model_input = cls.__new__(cls)
        conversation_history_transcript_tool_call_common_model_input.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return conversation_history_transcript_tool_call_common_model_input

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


_read_request_id = plain_reader("request_id", (str,), "a string", True)

_read_tool_name = plain_reader("tool_name", (str,), "a string", True)

_read_params_as_json = plain_reader("params_as_json", (str,), "a string", True)

_read_tool_has_been_called = plain_reader("tool_has_been_called", (bool,), "a boolean", True)


def _read_type_(cls: type[ConversationHistoryTranscriptToolCallCommonModelInput], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", UNSET)
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

    return type_


def _read_tool_details(cls: type[ConversationHistoryTranscriptToolCallCommonModelInput], d: Mapping[str, Any]) -> Any:
    tool_details_raw = d.get("tool_details", UNSET)
    try:

        def _parse_tool_details(
            data: object,
        ) -> (
            ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsInput
            | ConversationHistoryTranscriptToolCallClientDetails
            | ConversationHistoryTranscriptToolCallMcpDetails
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
            | ConversationHistoryTranscriptToolCallMcpDetails
            | ConversationHistoryTranscriptToolCallWebhookDetails
            | None
            | Unset
        ):
            if isinstance(data, dict):
                for known in (
                    ConversationHistoryTranscriptToolCallWebhookDetails,
                    ConversationHistoryTranscriptToolCallClientDetails,
                    ConversationHistoryTranscriptToolCallMcpDetails,
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
                tool_details_type_0_type_2 = ConversationHistoryTranscriptToolCallMcpDetails.from_dict(data)

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

    return tool_details


_FIELDS: frozenset[str] = frozenset(
    (
        "request_id",
        "tool_name",
        "params_as_json",
        "tool_has_been_called",
        "type",
        "tool_details",
    )
)


def _read_additional_properties(
    cls: type[ConversationHistoryTranscriptToolCallCommonModelInput], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ConversationHistoryTranscriptToolCallCommonModelInput], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    request_id = d.get("request_id", MISSING)
    if request_id.__class__ is not str:
        request_id = _read_request_id(cls, d)

    tool_name = d.get("tool_name", MISSING)
    if tool_name.__class__ is not str:
        tool_name = _read_tool_name(cls, d)

    params_as_json = d.get("params_as_json", MISSING)
    if params_as_json.__class__ is not str:
        params_as_json = _read_params_as_json(cls, d)

    tool_has_been_called = d.get("tool_has_been_called", MISSING)
    if tool_has_been_called.__class__ is not bool:
        tool_has_been_called = _read_tool_has_been_called(cls, d)

    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = d.get("type", UNSET)
        if type_ is not UNSET and type_ is not None:
            type_ = _read_type_(cls, d)

    if "tool_details" in known:
        tool_details = known["tool_details"]
    else:
        tool_details = d.get("tool_details", UNSET)
        if tool_details is not UNSET and tool_details is not None:
            tool_details = _read_tool_details(cls, d)

    return {
        "request_id": request_id,
        "tool_name": tool_name,
        "params_as_json": params_as_json,
        "tool_has_been_called": tool_has_been_called,
        "type_": type_,
        "tool_details": tool_details,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ConversationHistoryTranscriptToolCallCommonModelInput,
    _all_fields,
    {
        "request_id": _read_request_id,
        "tool_name": _read_tool_name,
        "params_as_json": _read_params_as_json,
        "tool_has_been_called": _read_tool_has_been_called,
        "type_": _read_type_,
        "tool_details": _read_tool_details,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_history_transcript_tool_call_api_integration_webhook_details_input import (
    ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsInput,
)
from ..models.conversation_history_transcript_tool_call_client_details import (
    ConversationHistoryTranscriptToolCallClientDetails,
)
from ..models.conversation_history_transcript_tool_call_mcp_details import (
    ConversationHistoryTranscriptToolCallMcpDetails,
)
from ..models.conversation_history_transcript_tool_call_webhook_details import (
    ConversationHistoryTranscriptToolCallWebhookDetails,
)
