from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    check_items,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="AssignConversationTagsRequestModel")


@_attrs_define
class AssignConversationTagsRequestModel:
    """Attributes:
    tag_ids (list[str]): Tag IDs to add to the conversation. Re-assigning an existing tag is a no-op.
    """

    tag_ids: list[str]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        tag_ids = d.pop("tag_ids", MISSING)
        if tag_ids.__class__ is not list:
            if tag_ids is MISSING:
                tag_ids = missing_field(cls, "tag_ids")
                _missing += ("tag_ids",)
            else:
                tag_ids = unexpected_type(cls, "tag_ids", tag_ids, "an array")
        elif tag_ids.__class__ is list and tag_ids:
            check_items(cls, "tag_ids", tag_ids, (str,), "a string")

        assign_conversation_tags_request_model = cls(
            tag_ids=tag_ids,
        )
        if _missing:
            assign_conversation_tags_request_model._missing_fields = _missing
        assign_conversation_tags_request_model.additional_properties = d
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
