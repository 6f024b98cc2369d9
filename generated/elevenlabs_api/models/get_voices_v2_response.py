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
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="GetVoicesV2Response")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class GetVoicesV2Response(Lazy):
    """Attributes:
    voices (list[Voice]): The list of voices matching the query.
    has_more (bool): Indicates whether there are more voices available in subsequent pages. Use this flag (and
        next_page_token) for reliable pagination instead of relying on total_count.
    total_count (int): The total count of voices matching the query. This value is a live snapshot that reflects the
        current state of the database and may change between requests as users create, modify, or delete voices. For
        reliable pagination, use the has_more flag instead of relying on this value. Only request this field when you
        actually need the total count (e.g., for display purposes), as calculating it incurs a performance cost.
    next_page_token (None | str | Unset): Token to retrieve the next page of results. Pass this value to the next
        request to continue pagination. Null if there are no more results.
    """

    voices: list[Voice]

    has_more: bool

    total_count: int

    next_page_token: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "voices",
        "has_more",
        "total_count",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        voices: Any
        try:
            voices = []
            for voices_item_data in self.voices:
                voices_item = voices_item_data.to_dict()
                voices.append(voices_item)

        except (AttributeError, TypeError):
            voices = self.voices

        has_more = self.has_more

        total_count = self.total_count

        next_page_token: Any
        try:
            next_page_token = self.next_page_token

        except (AttributeError, TypeError):
            next_page_token = self.next_page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if voices is not None or "voices" not in self._missing_fields:
            field_dict["voices"] = voices
        if has_more is not None or "has_more" not in self._missing_fields:
            field_dict["has_more"] = has_more
        if total_count is not None or "total_count" not in self._missing_fields:
            field_dict["total_count"] = total_count
        if next_page_token is not UNSET:
            field_dict["next_page_token"] = next_page_token
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        get_voices_v2_response = cls.__new__(cls)
        get_voices_v2_response.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return get_voices_v2_response

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


def _read_voices(cls: type[GetVoicesV2Response], d: Mapping[str, Any]) -> Any:
    voices_raw = d.get("voices", MISSING)
    if voices_raw is MISSING:
        voices = missing_field(cls, "voices")
    else:
        try:
            expect_array("voices", voices_raw)
            voices = []
            _voices = voices_raw
            for voices_item_data in _voices:
                voices_item = Voice.from_dict(voices_item_data)

                voices.append(voices_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            voices = deviating_field(cls, "voices", voices_raw)

    return voices


_read_has_more = plain_reader("has_more", (bool,), "a boolean", True)

_read_total_count = plain_reader("total_count", (int,), "an integer", True)

_read_next_page_token = plain_reader(
    "next_page_token",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "voices",
        "has_more",
        "total_count",
        "next_page_token",
    )
)


def _read_additional_properties(cls: type[GetVoicesV2Response], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[GetVoicesV2Response], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "voices" in known:
        voices = known["voices"]
    else:
        voices = _read_voices(cls, d)

    has_more = d.get("has_more", MISSING)
    if has_more.__class__ is not bool:
        has_more = _read_has_more(cls, d)

    total_count = d.get("total_count", MISSING)
    if total_count.__class__ is not int:
        total_count = _read_total_count(cls, d)

    next_page_token = d.get("next_page_token", UNSET)
    if next_page_token.__class__ is not str and next_page_token is not None and next_page_token is not UNSET:
        next_page_token = _read_next_page_token(cls, d)

    return {
        "voices": voices,
        "has_more": has_more,
        "total_count": total_count,
        "next_page_token": next_page_token,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    GetVoicesV2Response,
    _all_fields,
    {
        "voices": _read_voices,
        "has_more": _read_has_more,
        "total_count": _read_total_count,
        "next_page_token": _read_next_page_token,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.voice import Voice
