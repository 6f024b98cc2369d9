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

T = TypeVar("T", bound="URLAvatar")


@_attrs_define
class URLAvatar:
    """Attributes:
    type_ (Literal['url'] | Unset): The type of the avatar Default: 'url'.
    custom_url (str | Unset): The custom URL of the avatar Default: ''.
    """

    type_: Literal["url"] | Unset = "url"

    custom_url: str | Unset = ""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "url")

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        custom_url = self.custom_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["type"] = type_
        if custom_url is not UNSET:
            field_dict["custom_url"] = custom_url
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        type__raw = d.pop("type", UNSET)
        type_ = cast(Literal["url"] | Unset, type__raw)
        if type_ != "url" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'url', got '{type_}'")

        custom_url = d.pop("custom_url", UNSET)
        if custom_url.__class__ is not str and custom_url is not UNSET:
            custom_url = unexpected_type(cls, "custom_url", custom_url, "a string")

        url_avatar = cls(
            type_=type_,
            custom_url=custom_url,
        )
        url_avatar.additional_properties = d
        return url_avatar

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
