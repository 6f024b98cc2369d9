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
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ChapterContentInputModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ChapterContentInputModel(Lazy):
    """Attributes:
    blocks (list[ChapterContentBlockInputModel]):
    """

    blocks: list[ChapterContentBlockInputModel]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("blocks",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        blocks: Any
        try:
            blocks = []
            for blocks_item_data in self.blocks:
                blocks_item = blocks_item_data.to_dict()
                blocks.append(blocks_item)

        except (AttributeError, TypeError):
            blocks = self.blocks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if blocks is not None or "blocks" not in self._missing_fields:
            field_dict["blocks"] = blocks
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        chapter_content_input_model = cls.__new__(cls)
        chapter_content_input_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return chapter_content_input_model

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


def _read_blocks(cls: type[ChapterContentInputModel], d: Mapping[str, Any]) -> Any:
    blocks_raw = d.get("blocks", MISSING)
    if blocks_raw is MISSING:
        blocks = missing_field(cls, "blocks")
    else:
        try:
            expect_array("blocks", blocks_raw)
            blocks = []
            _blocks = blocks_raw
            for blocks_item_data in _blocks:
                blocks_item = ChapterContentBlockInputModel.from_dict(blocks_item_data)

                blocks.append(blocks_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            blocks = deviating_field(cls, "blocks", blocks_raw)

    return blocks


_FIELDS: frozenset[str] = frozenset(("blocks",))


def _read_additional_properties(cls: type[ChapterContentInputModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[ChapterContentInputModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "blocks" in known:
        blocks = known["blocks"]
    else:
        blocks = _read_blocks(cls, d)

    return {
        "blocks": blocks,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ChapterContentInputModel,
    _all_fields,
    {
        "blocks": _read_blocks,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.chapter_content_block_input_model import ChapterContentBlockInputModel
