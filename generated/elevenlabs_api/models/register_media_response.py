from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="RegisterMediaResponse")


@_attrs_define
class RegisterMediaResponse:
    """Example:
        {'media_id': 'prodmedia_01jgb2zd68f8f9tfvbb968wb8z'}

    Attributes:
        media_id (str):
    """

    media_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        media_id = self.media_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if media_id is not None or "media_id" not in self._missing_fields:
            field_dict["media_id"] = media_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        media_id = d.pop("media_id", MISSING)
        if media_id.__class__ is not str:
            if media_id is MISSING:
                media_id = missing_field(cls, "media_id")
                _missing += ("media_id",)
            else:
                media_id = unexpected_type(cls, "media_id", media_id, "a string")

        register_media_response = cls(
            media_id=media_id,
        )
        if _missing:
            register_media_response._missing_fields = _missing
        register_media_response.additional_properties = d
        return register_media_response

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
