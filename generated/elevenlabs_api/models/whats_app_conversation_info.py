from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import WhatsAppConversationInfoDirection
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="WhatsAppConversationInfo")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class WhatsAppConversationInfo(Lazy):
    """Attributes:
    whatsapp_user_id (str):
    direction (str | Unset | WhatsAppConversationInfoDirection):
    whatsapp_phone_number_id (None | str | Unset):
    """

    whatsapp_user_id: str

    direction: str | Unset | WhatsAppConversationInfoDirection = UNSET

    whatsapp_phone_number_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("whatsapp_user_id",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        whatsapp_user_id = self.whatsapp_user_id

        direction: Any
        try:
            if isinstance(self.direction, Unset):
                direction = UNSET
            elif isinstance(self.direction, str):
                direction = self.direction
            else:
                direction = self.direction

        except (AttributeError, TypeError):
            direction = self.direction

        whatsapp_phone_number_id: Any
        try:
            whatsapp_phone_number_id = self.whatsapp_phone_number_id

        except (AttributeError, TypeError):
            whatsapp_phone_number_id = self.whatsapp_phone_number_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if whatsapp_user_id is not None or "whatsapp_user_id" not in self._missing_fields:
            field_dict["whatsapp_user_id"] = whatsapp_user_id
        if direction is not UNSET:
            field_dict["direction"] = direction
        if whatsapp_phone_number_id is not UNSET:
            field_dict["whatsapp_phone_number_id"] = whatsapp_phone_number_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        whats_app_conversation_info = cls.__new__(cls)
        whats_app_conversation_info.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return whats_app_conversation_info

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


_read_whatsapp_user_id = plain_reader("whatsapp_user_id", (str,), "a string", True)

_read_direction = plain_reader("direction", (str,), "a string", False)

_read_whatsapp_phone_number_id = plain_reader(
    "whatsapp_phone_number_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "whatsapp_user_id",
        "direction",
        "whatsapp_phone_number_id",
    )
)


def _read_additional_properties(cls: type[WhatsAppConversationInfo], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[WhatsAppConversationInfo], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    whatsapp_user_id = d.get("whatsapp_user_id", MISSING)
    if whatsapp_user_id.__class__ is not str:
        whatsapp_user_id = _read_whatsapp_user_id(cls, d)

    direction = d.get("direction", UNSET)
    if direction.__class__ is not str and direction is not UNSET:
        direction = _read_direction(cls, d)

    whatsapp_phone_number_id = d.get("whatsapp_phone_number_id", UNSET)
    if (
        whatsapp_phone_number_id.__class__ is not str
        and whatsapp_phone_number_id is not None
        and whatsapp_phone_number_id is not UNSET
    ):
        whatsapp_phone_number_id = _read_whatsapp_phone_number_id(cls, d)

    return {
        "whatsapp_user_id": whatsapp_user_id,
        "direction": direction,
        "whatsapp_phone_number_id": whatsapp_phone_number_id,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    WhatsAppConversationInfo,
    _all_fields,
    {
        "whatsapp_user_id": _read_whatsapp_user_id,
        "direction": _read_direction,
        "whatsapp_phone_number_id": _read_whatsapp_phone_number_id,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
