from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import SampleConfigDbModelParentTypeType0
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    check_items,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="SampleConfigDbModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class SampleConfigDbModel(Lazy):
    """Attributes:
    is_sample (bool | Unset): Defaults to False on the server.
    parent_id (None | str | Unset):
    parent_type (None | SampleConfigDbModelParentTypeType0 | str | Unset):
    chapter_ids (list[str] | None | Unset):
    """

    is_sample: bool | Unset = UNSET

    parent_id: None | str | Unset = UNSET

    parent_type: None | SampleConfigDbModelParentTypeType0 | str | Unset = UNSET

    chapter_ids: list[str] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        is_sample = self.is_sample

        parent_id: Any
        try:
            parent_id = self.parent_id

        except (AttributeError, TypeError):
            parent_id = self.parent_id

        parent_type: Any
        try:
            if isinstance(self.parent_type, Unset):
                parent_type = UNSET
            elif isinstance(self.parent_type, str):
                parent_type = self.parent_type
            else:
                parent_type = self.parent_type

        except (AttributeError, TypeError):
            parent_type = self.parent_type

        chapter_ids: Any
        try:
            if isinstance(self.chapter_ids, Unset):
                chapter_ids = UNSET
            elif isinstance(self.chapter_ids, list):
                chapter_ids = self.chapter_ids

            else:
                chapter_ids = self.chapter_ids

        except (AttributeError, TypeError):
            chapter_ids = self.chapter_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if is_sample is not UNSET:
            field_dict["is_sample"] = is_sample
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if parent_type is not UNSET:
            field_dict["parent_type"] = parent_type
        if chapter_ids is not UNSET:
            field_dict["chapter_ids"] = chapter_ids
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        sample_config_db_model = cls.__new__(cls)
        sample_config_db_model.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return sample_config_db_model

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


_read_is_sample = plain_reader("is_sample", (bool,), "a boolean", False)

_read_parent_id = plain_reader(
    "parent_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_parent_type = plain_reader(
    "parent_type",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)

_read_chapter_ids = plain_reader(
    "chapter_ids",
    (
        list,
        type(None),
    ),
    "an array or null",
    False,
    ((str,), "a string"),
)


_FIELDS: frozenset[str] = frozenset(
    (
        "is_sample",
        "parent_id",
        "parent_type",
        "chapter_ids",
    )
)


def _read_additional_properties(cls: type[SampleConfigDbModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[SampleConfigDbModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    is_sample = d.get("is_sample", UNSET)
    if is_sample.__class__ is not bool and is_sample is not UNSET:
        is_sample = _read_is_sample(cls, d)

    parent_id = d.get("parent_id", UNSET)
    if parent_id.__class__ is not str and parent_id is not None and parent_id is not UNSET:
        parent_id = _read_parent_id(cls, d)

    parent_type = d.get("parent_type", UNSET)
    if parent_type is not None and parent_type.__class__ is not str and parent_type is not UNSET:
        parent_type = _read_parent_type(cls, d)

    chapter_ids = d.get("chapter_ids", UNSET)
    if chapter_ids.__class__ is not list and chapter_ids is not None and chapter_ids is not UNSET:
        chapter_ids = _read_chapter_ids(cls, d)
    elif chapter_ids.__class__ is list and chapter_ids:
        check_items(cls, "chapter_ids", chapter_ids, (str,), "a string")

    return {
        "is_sample": is_sample,
        "parent_id": parent_id,
        "parent_type": parent_type,
        "chapter_ids": chapter_ids,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    SampleConfigDbModel,
    _all_fields,
    {
        "is_sample": _read_is_sample,
        "parent_id": _read_parent_id,
        "parent_type": _read_parent_type,
        "chapter_ids": _read_chapter_ids,
        "additional_properties": _read_additional_properties,
    },
)
