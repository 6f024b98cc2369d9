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

T = TypeVar("T", bound="BodyAddSharedVoiceV1VoicesAddPublicUserIdVoiceIdPost")


@_attrs_define
class BodyAddSharedVoiceV1VoicesAddPublicUserIdVoiceIdPost:
    """Attributes:
    new_name (str): The name that identifies this voice. This will be displayed in the dropdown of the website.
    bookmarked (bool | Unset):  Default: True.
    """

    new_name: str

    bookmarked: bool | Unset = True

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        new_name = self.new_name

        bookmarked = self.bookmarked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if new_name is not None or "new_name" not in self._missing_fields:
            field_dict["new_name"] = new_name
        if bookmarked is not UNSET:
            field_dict["bookmarked"] = bookmarked
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        new_name = d.pop("new_name", MISSING)
        if new_name.__class__ is not str:
            if new_name is MISSING:
                new_name = missing_field(cls, "new_name")
                _missing += ("new_name",)
            else:
                new_name = unexpected_type(cls, "new_name", new_name, "a string")

        bookmarked = d.pop("bookmarked", UNSET)
        if bookmarked.__class__ is not bool and bookmarked is not UNSET:
            bookmarked = unexpected_type(cls, "bookmarked", bookmarked, "a boolean")

        body_add_shared_voice_v1_voices_add_public_user_id_voice_id_post = cls(
            new_name=new_name,
            bookmarked=bookmarked,
        )
        if _missing:
            body_add_shared_voice_v1_voices_add_public_user_id_voice_id_post._missing_fields = _missing
        body_add_shared_voice_v1_voices_add_public_user_id_voice_id_post.additional_properties = d
        return body_add_shared_voice_v1_voices_add_public_user_id_voice_id_post

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
