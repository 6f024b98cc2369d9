from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="DefaultConversationInitiationTrigger")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class DefaultConversationInitiationTrigger(Lazy):
    """Attributes:
    trigger_type (Literal['default'] | Unset):
    """

    trigger_type: Literal["default"] | Unset = _attrs_field(
        default="default",
        kw_only=True,
        validator=types.tag("DefaultConversationInitiationTrigger", "trigger_type", "default"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _tags: ClassVar[tuple[str, ...]] = ("trigger_type",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("trigger_type", "default")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        trigger_type = self.trigger_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        default_conversation_initiation_trigger = cls.__new__(cls)
        default_conversation_initiation_trigger.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


def _read_trigger_type(cls: type[DefaultConversationInitiationTrigger], d: Mapping[str, Any]) -> Any:
    trigger_type_raw = d.get("trigger_type", UNSET)
    trigger_type = cast(Literal["default"] | Unset, trigger_type_raw)
    if trigger_type != "default" and not isinstance(trigger_type, Unset):
        raise ValueError(f"trigger_type must match const 'default', got '{trigger_type}'")

    return trigger_type


_FIELDS: frozenset[str] = frozenset(("trigger_type",))


def _read_additional_properties(
    cls: type[DefaultConversationInitiationTrigger], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[DefaultConversationInitiationTrigger], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "trigger_type" in known:
        trigger_type = known["trigger_type"]
    else:
        trigger_type = d.get("trigger_type", UNSET)
        if trigger_type is not UNSET:
            trigger_type = _read_trigger_type(cls, d)

    return {
        "trigger_type": trigger_type,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    DefaultConversationInitiationTrigger,
    _all_fields,
    {
        "trigger_type": _read_trigger_type,
        "additional_properties": _read_additional_properties,
    },
)
