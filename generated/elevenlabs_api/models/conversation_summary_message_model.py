from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    ConversationSummaryMessageModelRoleType0,
)
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

T = TypeVar("T", bound="ConversationSummaryMessageModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ConversationSummaryMessageModel(Lazy):
    """Attributes:
    role (ConversationSummaryMessageModelRoleType0 | str):
    message (str):
    """

    role: ConversationSummaryMessageModelRoleType0 | str

    message: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "role",
        "message",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        role: Any
        try:
            if isinstance(self.role, str):
                role = self.role
            else:
                role = self.role

        except (AttributeError, TypeError):
            role = self.role

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if role is not None or "role" not in self._missing_fields:
            field_dict["role"] = role
        if message is not None or "message" not in self._missing_fields:
            field_dict["message"] = message
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        conversation_summary_message_model = cls.__new__(cls)
        conversation_summary_message_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return conversation_summary_message_model

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


_read_role = plain_reader("role", (str,), "a string", True)

_read_message = plain_reader("message", (str,), "a string", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "role",
        "message",
    )
)


def _read_additional_properties(cls: type[ConversationSummaryMessageModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ConversationSummaryMessageModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    role = d.get("role", MISSING)
    if role.__class__ is not str:
        role = _read_role(cls, d)

    message = d.get("message", MISSING)
    if message.__class__ is not str:
        message = _read_message(cls, d)

    return {
        "role": role,
        "message": message,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ConversationSummaryMessageModel,
    _all_fields,
    {
        "role": _read_role,
        "message": _read_message,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
