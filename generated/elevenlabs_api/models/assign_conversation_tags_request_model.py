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
    check_items,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AssignConversationTagsRequestModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AssignConversationTagsRequestModel(Lazy):
    """Attributes:
    tag_ids (list[str]): Tag IDs to add to the conversation. Re-assigning an existing tag is a no-op.
    """

    tag_ids: list[str]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("tag_ids",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        tag_ids: Any
        try:
            tag_ids = self.tag_ids

        except (AttributeError, TypeError):
            tag_ids = self.tag_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if tag_ids is not None or "tag_ids" not in self._missing_fields:
            field_dict["tag_ids"] = tag_ids
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        assign_conversation_tags_request_model = cls.__new__(cls)
        assign_conversation_tags_request_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return assign_conversation_tags_request_model

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


_read_tag_ids = plain_reader("tag_ids", (list,), "an array", True, ((str,), "a string"))


_FIELDS: frozenset[str] = frozenset(("tag_ids",))


def _read_additional_properties(cls: type[AssignConversationTagsRequestModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[AssignConversationTagsRequestModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    tag_ids = d.get("tag_ids", MISSING)
    if tag_ids.__class__ is not list:
        tag_ids = _read_tag_ids(cls, d)
    elif tag_ids.__class__ is list and tag_ids:
        check_items(cls, "tag_ids", tag_ids, (str,), "a string")

    return {
        "tag_ids": tag_ids,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    AssignConversationTagsRequestModel,
    _all_fields,
    {
        "tag_ids": _read_tag_ids,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
