from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetails")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetails(Lazy):
    """Attributes:
    integration_id (str):
    credential_id (str):
    integration_connection_id (str):
    webhook_details (ConversationHistoryTranscriptToolCallWebhookDetails):
    type_ (Literal['api_integration_webhook'] | Unset):
    """

    integration_id: str

    credential_id: str

    integration_connection_id: str

    webhook_details: ConversationHistoryTranscriptToolCallWebhookDetails

    type_: Literal["api_integration_webhook"] | Unset = _attrs_field(
        default="api_integration_webhook",
        kw_only=True,
        alias="type",
        validator=types.tag(
            "ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetails", "type", "api_integration_webhook"
        ),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "integration_id",
        "credential_id",
        "integration_connection_id",
        "webhook_details",
    )
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "api_integration_webhook")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        integration_id = self.integration_id

        credential_id = self.credential_id

        integration_connection_id = self.integration_connection_id

        webhook_details: Any
        try:
            webhook_details = self.webhook_details.to_dict()
        except (AttributeError, TypeError):
            webhook_details = self.webhook_details

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if integration_id is not None or "integration_id" not in self._missing_fields:
            field_dict["integration_id"] = integration_id
        if credential_id is not None or "credential_id" not in self._missing_fields:
            field_dict["credential_id"] = credential_id
        if integration_connection_id is not None or "integration_connection_id" not in self._missing_fields:
            field_dict["integration_connection_id"] = integration_connection_id
        if webhook_details is not None or "webhook_details" not in self._missing_fields:
            field_dict["webhook_details"] = webhook_details
        if type_ is not UNSET:
            field_dict["type"] = type_
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        conversation_history_transcript_tool_call_api_integration_webhook_details = cls.__new__(cls)
        conversation_history_transcript_tool_call_api_integration_webhook_details.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return conversation_history_transcript_tool_call_api_integration_webhook_details

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


def _read_type_(
    cls: type[ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetails], d: Mapping[str, Any]
) -> Any:
    type__raw = d.get("type", UNSET)
    type_ = cast(Literal["api_integration_webhook"] | Unset, type__raw)
    if type_ != "api_integration_webhook" and not isinstance(type_, Unset):
        raise ValueError(f"type must match const 'api_integration_webhook', got '{type_}'")

    return type_


_read_integration_id = plain_reader("integration_id", (str,), "a string", True)

_read_credential_id = plain_reader("credential_id", (str,), "a string", True)

_read_integration_connection_id = plain_reader("integration_connection_id", (str,), "a string", True)


def _read_webhook_details(
    cls: type[ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetails], d: Mapping[str, Any]
) -> Any:
    webhook_details_raw = d.get("webhook_details", MISSING)
    if webhook_details_raw is MISSING:
        webhook_details = missing_field(cls, "webhook_details")
    else:
        try:
            webhook_details = ConversationHistoryTranscriptToolCallWebhookDetails.from_dict(webhook_details_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            webhook_details = deviating_field(cls, "webhook_details", webhook_details_raw)

    return webhook_details


_FIELDS: frozenset[str] = frozenset(
    (
        "integration_id",
        "credential_id",
        "integration_connection_id",
        "webhook_details",
        "type",
    )
)


def _read_additional_properties(
    cls: type[ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetails], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetails],
    d: Mapping[str, Any],
    known: Mapping[str, Any],
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = d.get("type", UNSET)
        if type_ is not UNSET:
            type_ = _read_type_(cls, d)

    integration_id = d.get("integration_id", MISSING)
    if integration_id.__class__ is not str:
        integration_id = _read_integration_id(cls, d)

    credential_id = d.get("credential_id", MISSING)
    if credential_id.__class__ is not str:
        credential_id = _read_credential_id(cls, d)

    integration_connection_id = d.get("integration_connection_id", MISSING)
    if integration_connection_id.__class__ is not str:
        integration_connection_id = _read_integration_connection_id(cls, d)

    if "webhook_details" in known:
        webhook_details = known["webhook_details"]
    else:
        webhook_details = _read_webhook_details(cls, d)

    return {
        "integration_id": integration_id,
        "credential_id": credential_id,
        "integration_connection_id": integration_connection_id,
        "webhook_details": webhook_details,
        "type_": type_,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetails, type_="type")

set_readers(
    ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetails,
    _all_fields,
    {
        "integration_id": _read_integration_id,
        "credential_id": _read_credential_id,
        "integration_connection_id": _read_integration_connection_id,
        "webhook_details": _read_webhook_details,
        "type_": _read_type_,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_history_transcript_tool_call_webhook_details import (
    ConversationHistoryTranscriptToolCallWebhookDetails,
)
