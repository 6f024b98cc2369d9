from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BodyAddSharedVoiceV1VoicesAddPublicUserIdVoiceIdPost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyAddSharedVoiceV1VoicesAddPublicUserIdVoiceIdPost(Lazy):
    """Attributes:
    new_name (str): The name that identifies this voice. This will be displayed in the dropdown of the website.
    bookmarked (bool | Unset): Defaults to True on the server.
    """

    new_name: str

    bookmarked: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("new_name",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        body_add_shared_voice_v1_voices_add_public_user_id_voice_id_post = cls.__new__(cls)
        body_add_shared_voice_v1_voices_add_public_user_id_voice_id_post.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


_read_new_name = plain_reader("new_name", (str,), "a string", True)

_read_bookmarked = plain_reader("bookmarked", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "new_name",
        "bookmarked",
    )
)


def _read_additional_properties(
    cls: type[BodyAddSharedVoiceV1VoicesAddPublicUserIdVoiceIdPost], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyAddSharedVoiceV1VoicesAddPublicUserIdVoiceIdPost], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    new_name = d.get("new_name", MISSING)
    if new_name.__class__ is not str:
        new_name = _read_new_name(cls, d)

    bookmarked = d.get("bookmarked", UNSET)
    if bookmarked.__class__ is not bool and bookmarked is not UNSET:
        bookmarked = _read_bookmarked(cls, d)

    return {
        "new_name": new_name,
        "bookmarked": bookmarked,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    BodyAddSharedVoiceV1VoicesAddPublicUserIdVoiceIdPost,
    _all_fields,
    {
        "new_name": _read_new_name,
        "bookmarked": _read_bookmarked,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
