from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    unexpected_type,
)

T = TypeVar("T", bound="ImageAvatar")


@_attrs_define
class ImageAvatar:
    """Attributes:
    type_ (Literal['image'] | Unset): The type of the avatar Default: 'image'.
    url (str | Unset): The URL of the avatar Default: ''.
    """

    type_: Literal["image"] | Unset = "image"

    url: str | Unset = ""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "image")

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["type"] = type_
        if url is not UNSET:
            field_dict["url"] = url
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        type__raw = d.pop("type", UNSET)
        type_ = cast(Literal["image"] | Unset, type__raw)
        if type_ != "image" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'image', got '{type_}'")

        url = d.pop("url", UNSET)
        if url.__class__ is not str and url is not UNSET:
            url = unexpected_type(cls, "url", url, "a string")

        image_avatar = cls(
            type_=type_,
            url=url,
        )
        image_avatar.additional_properties = d
        return image_avatar

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
