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
    deviating_field,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ConversationInitiationMetadata")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ConversationInitiationMetadata(Lazy):
    """Schema for conversation initialization metadata

    Attributes:
        type_ (Literal['conversation_initiation_metadata'] | Unset):
        conversation_initiation_metadata_event (ConversationInitiationMetadataConversationInitiationMetadataEvent |
            Unset): Initial conversation metadata
    """

    type_: Literal["conversation_initiation_metadata"] | Unset = _attrs_field(
        default="conversation_initiation_metadata",
        kw_only=True,
        alias="type",
        validator=types.tag("ConversationInitiationMetadata", "type", "conversation_initiation_metadata"),
    )

    conversation_initiation_metadata_event: (
        ConversationInitiationMetadataConversationInitiationMetadataEvent | Unset
    ) = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "conversation_initiation_metadata")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        type_ = self.type_

        conversation_initiation_metadata_event: Any
        try:
            conversation_initiation_metadata_event = UNSET
            if not isinstance(self.conversation_initiation_metadata_event, Unset):
                conversation_initiation_metadata_event = self.conversation_initiation_metadata_event.to_dict()
        except (AttributeError, TypeError):
            conversation_initiation_metadata_event = self.conversation_initiation_metadata_event

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["type"] = type_
        if conversation_initiation_metadata_event is not UNSET:
            field_dict["conversation_initiation_metadata_event"] = conversation_initiation_metadata_event
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        conversation_initiation_metadata = cls.__new__(cls)
        conversation_initiation_metadata.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return conversation_initiation_metadata

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


def _read_type_(cls: type[ConversationInitiationMetadata], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", UNSET)
    type_ = cast(Literal["conversation_initiation_metadata"] | Unset, type__raw)
    if type_ != "conversation_initiation_metadata" and not isinstance(type_, Unset):
        raise ValueError(f"type must match const 'conversation_initiation_metadata', got '{type_}'")

    return type_


def _read_conversation_initiation_metadata_event(
    cls: type[ConversationInitiationMetadata], d: Mapping[str, Any]
) -> Any:
    conversation_initiation_metadata_event_raw = d.get("conversation_initiation_metadata_event", UNSET)
    try:
        _conversation_initiation_metadata_event = conversation_initiation_metadata_event_raw
        conversation_initiation_metadata_event: (
            ConversationInitiationMetadataConversationInitiationMetadataEvent | Unset
        )
        if isinstance(_conversation_initiation_metadata_event, Unset):
            conversation_initiation_metadata_event = UNSET
        else:
            conversation_initiation_metadata_event = (
                ConversationInitiationMetadataConversationInitiationMetadataEvent.from_dict(
                    _conversation_initiation_metadata_event
                )
            )
    except (KeyError, TypeError, ValueError, AttributeError):
        conversation_initiation_metadata_event = deviating_field(
            cls, "conversation_initiation_metadata_event", conversation_initiation_metadata_event_raw
        )

    return conversation_initiation_metadata_event


_FIELDS: frozenset[str] = frozenset(
    (
        "type",
        "conversation_initiation_metadata_event",
    )
)


def _read_additional_properties(cls: type[ConversationInitiationMetadata], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ConversationInitiationMetadata], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = d.get("type", UNSET)
        if type_ is not UNSET:
            type_ = _read_type_(cls, d)

    if "conversation_initiation_metadata_event" in known:
        conversation_initiation_metadata_event = known["conversation_initiation_metadata_event"]
    else:
        conversation_initiation_metadata_event = d.get("conversation_initiation_metadata_event", UNSET)
        if conversation_initiation_metadata_event is not UNSET:
            conversation_initiation_metadata_event = _read_conversation_initiation_metadata_event(cls, d)

    return {
        "type_": type_,
        "conversation_initiation_metadata_event": conversation_initiation_metadata_event,
        "additional_properties": _read_additional_properties(cls, d),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ConversationInitiationMetadata, type_="type")

set_readers(
    ConversationInitiationMetadata,
    _all_fields,
    {
        "type_": _read_type_,
        "conversation_initiation_metadata_event": _read_conversation_initiation_metadata_event,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_initiation_metadata_conversation_initiation_metadata_event import (
    ConversationInitiationMetadataConversationInitiationMetadataEvent,
)
