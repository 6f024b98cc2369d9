from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="ZendeskConversationInitiationTrigger")


@_attrs_define
class ZendeskConversationInitiationTrigger:
    """Attributes:
    ticket_id (int):
    trigger_type (Literal['zendesk'] | Unset):
    """

    ticket_id: int

    trigger_type: Literal["zendesk"] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("trigger_type", "zendesk")

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        trigger_type_raw = d.pop("trigger_type", UNSET)
        trigger_type = cast(Literal["zendesk"] | Unset, trigger_type_raw)
        if trigger_type != "zendesk" and not isinstance(trigger_type, Unset):
            raise ValueError(f"trigger_type must match const 'zendesk', got '{trigger_type}'")

        ticket_id = d.pop("ticket_id", MISSING)
        if ticket_id.__class__ is not int:
            if ticket_id is MISSING:
                ticket_id = missing_field(cls, "ticket_id")
                _missing += ("ticket_id",)
            else:
                ticket_id = unexpected_type(cls, "ticket_id", ticket_id, "an integer")

        zendesk_conversation_initiation_trigger = cls(
            ticket_id=ticket_id,
            trigger_type=trigger_type,
        )
        if _missing:
            zendesk_conversation_initiation_trigger._missing_fields = _missing
        zendesk_conversation_initiation_trigger.additional_properties = d
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
