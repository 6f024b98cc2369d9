from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="DefaultConversationInitiationTrigger")


@_attrs_define
class DefaultConversationInitiationTrigger:
    """Attributes:
    trigger_type (Literal['default'] | Unset):
    """

    trigger_type: Literal["default"] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("trigger_type", "default")

    def to_dict(self) -> dict[str, Any]:
        trigger_type = self.trigger_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if trigger_type is not UNSET:
            field_dict["trigger_type"] = trigger_type
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        trigger_type_raw = d.pop("trigger_type", UNSET)
        trigger_type = cast(Literal["default"] | Unset, trigger_type_raw)
        if trigger_type != "default" and not isinstance(trigger_type, Unset):
            raise ValueError(f"trigger_type must match const 'default', got '{trigger_type}'")

        default_conversation_initiation_trigger = cls(
            trigger_type=trigger_type,
        )
        default_conversation_initiation_trigger.additional_properties = d
        return default_conversation_initiation_trigger

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
