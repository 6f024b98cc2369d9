from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="PodcastURLSource")


@_attrs_define
class PodcastURLSource:
    """Example:
        {'type': 'url', 'url': 'https://www.example.com'}

    Attributes:
        type_ (Literal['url']): The type of source to create.
        url (str): The URL to create the podcast from.
    """

    type_: Literal["url"]

    url: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "url")

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = type_
        if url is not None or "url" not in self._missing_fields:
            field_dict["url"] = url
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        type__raw = d.pop("type", MISSING)
        if type__raw is MISSING:
            type__raw = missing_field(cls, "type")
        type_ = cast(Literal["url"], type__raw)
        if type_ != "url":
            raise ValueError(f"type must match const 'url', got '{type_}'")

        url = d.pop("url", MISSING)
        if url.__class__ is not str:
            if url is MISSING:
                url = missing_field(cls, "url")
                _missing += ("url",)
            else:
                url = unexpected_type(cls, "url", url, "a string")

        podcast_url_source = cls(
            type_=type_,
            url=url,
        )
        if _missing:
            podcast_url_source._missing_fields = _missing
        podcast_url_source.additional_properties = d
        return podcast_url_source

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
