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
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="UrlAvatar")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class UrlAvatar(Lazy):
    """Attributes:
    type_ (Literal['url'] | Unset): The type of the avatar Default: 'url'.
    custom_url (str | Unset): The custom URL of the avatar Defaults to empty on the server.
    """

    type_: Literal["url"] | Unset = _attrs_field(
        default="url",
        kw_only=True,
        alias="type",
        validator=types.tag("UrlAvatar", "type", "url"),
    )

    custom_url: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "url")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        url_avatar = cls.__new__(cls)
        url_avatar.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
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


def _read_type_(cls: type[UrlAvatar], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", UNSET)
    type_ = cast(Literal["url"] | Unset, type__raw)
    if type_ != "url" and not isinstance(type_, Unset):
        raise ValueError(f"type must match const 'url', got '{type_}'")

    return type_


_read_custom_url = plain_reader("custom_url", (str,), "a string", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "type",
        "custom_url",
    )
)


def _read_additional_properties(cls: type[UrlAvatar], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[UrlAvatar], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = d.get("type", UNSET)
        if type_ is not UNSET:
            type_ = _read_type_(cls, d)

    custom_url = d.get("custom_url", UNSET)
    if custom_url.__class__ is not str and custom_url is not UNSET:
        custom_url = _read_custom_url(cls, d)

    return {
        "type_": type_,
        "custom_url": custom_url,
        "additional_properties": _read_additional_properties(cls, d),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(UrlAvatar, type_="type")

set_readers(
    UrlAvatar,
    _all_fields,
    {
        "type_": _read_type_,
        "custom_url": _read_custom_url,
        "additional_properties": _read_additional_properties,
    },
)
