from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="WhatsAppOutboundCallResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class WhatsAppOutboundCallResponse(Lazy):
    """Attributes:
    success (bool):
    message (str):
    conversation_id (None | str):
    """

    success: bool

    message: str

    conversation_id: None | str = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "success",
        "message",
        "conversation_id",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        success = self.success

        message = self.message

        conversation_id: Any
        try:
            conversation_id = self.conversation_id

        except (AttributeError, TypeError):
            conversation_id = self.conversation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if success is not None or "success" not in self._missing_fields:
            field_dict["success"] = success
        if message is not None or "message" not in self._missing_fields:
            field_dict["message"] = message
        if conversation_id is not None or "conversation_id" not in self._missing_fields:
            field_dict["conversation_id"] = conversation_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        whats_app_outbound_call_response = cls.__new__(cls)
        whats_app_outbound_call_response.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return whats_app_outbound_call_response

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


_read_success = plain_reader("success", (bool,), "a boolean", True)

_read_message = plain_reader("message", (str,), "a string", True)

_read_conversation_id = plain_reader(
    "conversation_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    True,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "success",
        "message",
        "conversation_id",
    )
)


def _read_additional_properties(cls: type[WhatsAppOutboundCallResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[WhatsAppOutboundCallResponse], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    success = d.get("success", MISSING)
    if success.__class__ is not bool:
        success = _read_success(cls, d)

    message = d.get("message", MISSING)
    if message.__class__ is not str:
        message = _read_message(cls, d)

    conversation_id = d.get("conversation_id", MISSING)
    if conversation_id.__class__ is not str and conversation_id is not None:
        conversation_id = _read_conversation_id(cls, d)

    return {
        "success": success,
        "message": message,
        "conversation_id": conversation_id,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    WhatsAppOutboundCallResponse,
    _all_fields,
    {
        "success": _read_success,
        "message": _read_message,
        "conversation_id": _read_conversation_id,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
