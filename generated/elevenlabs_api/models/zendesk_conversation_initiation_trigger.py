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
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ZendeskConversationInitiationTrigger")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ZendeskConversationInitiationTrigger(Lazy):
    """Attributes:
    ticket_id (int):
    trigger_type (Literal['zendesk'] | Unset):
    """

    ticket_id: int

    trigger_type: Literal["zendesk"] | Unset = _attrs_field(
        default="zendesk",
        kw_only=True,
        validator=types.tag("ZendeskConversationInitiationTrigger", "trigger_type", "zendesk"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("ticket_id",)
    _tags: ClassVar[tuple[str, ...]] = ("trigger_type",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("trigger_type", "zendesk")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        ticket_id = self.ticket_id

        trigger_type = self.trigger_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if ticket_id is not None or "ticket_id" not in self._missing_fields:
            field_dict["ticket_id"] = ticket_id
        if trigger_type is not UNSET:
            field_dict["trigger_type"] = trigger_type
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        zendesk_conversation_initiation_trigger = cls.__new__(cls)
        zendesk_conversation_initiation_trigger.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return zendesk_conversation_initiation_trigger

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


def _read_trigger_type(cls: type[ZendeskConversationInitiationTrigger], d: Mapping[str, Any]) -> Any:
    trigger_type_raw = d.get("trigger_type", UNSET)
    trigger_type = cast(Literal["zendesk"] | Unset, trigger_type_raw)
    if trigger_type != "zendesk" and not isinstance(trigger_type, Unset):
        raise ValueError(f"trigger_type must match const 'zendesk', got '{trigger_type}'")

    return trigger_type


_read_ticket_id = plain_reader("ticket_id", (int,), "an integer", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "ticket_id",
        "trigger_type",
    )
)


def _read_additional_properties(
    cls: type[ZendeskConversationInitiationTrigger], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ZendeskConversationInitiationTrigger], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "trigger_type" in known:
        trigger_type = known["trigger_type"]
    else:
        trigger_type = d.get("trigger_type", UNSET)
        if trigger_type is not UNSET:
            trigger_type = _read_trigger_type(cls, d)

    ticket_id = d.get("ticket_id", MISSING)
    if ticket_id.__class__ is not int:
        ticket_id = _read_ticket_id(cls, d)

    return {
        "ticket_id": ticket_id,
        "trigger_type": trigger_type,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ZendeskConversationInitiationTrigger,
    _all_fields,
    {
        "ticket_id": _read_ticket_id,
        "trigger_type": _read_trigger_type,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
