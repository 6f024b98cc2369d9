from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="MusicFinetunePageResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class MusicFinetunePageResponseModel(Lazy):
    """Attributes:
    finetunes (list[MusicFinetuneResponseModel]): The finetunes in this page.
    next_cursor (None | str): Cursor to pass as `cursor` to fetch the next page; `null` when there are no more
        results.
    has_more (bool): Whether more finetunes are available beyond this page.
    """

    finetunes: list[MusicFinetuneResponseModel]

    next_cursor: None | str = _attrs_field(default=None, kw_only=True)

    has_more: bool

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "finetunes",
        "next_cursor",
        "has_more",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        finetunes: Any
        try:
            finetunes = []
            for finetunes_item_data in self.finetunes:
                finetunes_item = finetunes_item_data.to_dict()
                finetunes.append(finetunes_item)

        except (AttributeError, TypeError):
            finetunes = self.finetunes

        next_cursor: Any
        try:
            next_cursor = self.next_cursor

        except (AttributeError, TypeError):
            next_cursor = self.next_cursor

        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if finetunes is not None or "finetunes" not in self._missing_fields:
            field_dict["finetunes"] = finetunes
        if next_cursor is not None or "next_cursor" not in self._missing_fields:
            field_dict["next_cursor"] = next_cursor
        if has_more is not None or "has_more" not in self._missing_fields:
            field_dict["has_more"] = has_more
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        music_finetune_page_response_model = cls.__new__(cls)
        music_finetune_page_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return music_finetune_page_response_model

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


def _read_finetunes(cls: type[MusicFinetunePageResponseModel], d: Mapping[str, Any]) -> Any:
    finetunes_raw = d.get("finetunes", MISSING)
    if finetunes_raw is MISSING:
        finetunes = missing_field(cls, "finetunes")
    else:
        try:
            expect_array("finetunes", finetunes_raw)
            finetunes = []
            _finetunes = finetunes_raw
            for finetunes_item_data in _finetunes:
                finetunes_item = MusicFinetuneResponseModel.from_dict(finetunes_item_data)

                finetunes.append(finetunes_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            finetunes = deviating_field(cls, "finetunes", finetunes_raw)

    return finetunes


_read_next_cursor = plain_reader(
    "next_cursor",
    (
        str,
        type(None),
    ),
    "a string or null",
    True,
)

_read_has_more = plain_reader("has_more", (bool,), "a boolean", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "finetunes",
        "next_cursor",
        "has_more",
    )
)


def _read_additional_properties(cls: type[MusicFinetunePageResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[MusicFinetunePageResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "finetunes" in known:
        finetunes = known["finetunes"]
    else:
        finetunes = _read_finetunes(cls, d)

    next_cursor = d.get("next_cursor", MISSING)
    if next_cursor.__class__ is not str and next_cursor is not None:
        next_cursor = _read_next_cursor(cls, d)

    has_more = d.get("has_more", MISSING)
    if has_more.__class__ is not bool:
        has_more = _read_has_more(cls, d)

    return {
        "finetunes": finetunes,
        "next_cursor": next_cursor,
        "has_more": has_more,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    MusicFinetunePageResponseModel,
    _all_fields,
    {
        "finetunes": _read_finetunes,
        "next_cursor": _read_next_cursor,
        "has_more": _read_has_more,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.music_finetune_response_model import MusicFinetuneResponseModel
