from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="CreateConversationTagRequestModel")


@_attrs_define
class CreateConversationTagRequestModel:
    """Attributes:
    title (str): Display title of the tag.
    description (None | str | Unset): Optional free-text description.
    """

    title: str

    description: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description: Any
        try:
            description = self.description

        except (AttributeError, TypeError):
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if title is not None or "title" not in self._missing_fields:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        title = d.pop("title", MISSING)
        if title.__class__ is not str:
            if title is MISSING:
                title = missing_field(cls, "title")
                _missing += ("title",)
            else:
                title = unexpected_type(cls, "title", title, "a string")

        description = d.pop("description", UNSET)
        if description.__class__ is not str and description is not None and description is not UNSET:
            description = unexpected_type(cls, "description", description, "a string or null")

        create_conversation_tag_request_model = cls(
            title=title,
            description=description,
        )
        if _missing:
            create_conversation_tag_request_model._missing_fields = _missing
        create_conversation_tag_request_model.additional_properties = d
        return create_conversation_tag_request_model

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
