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
    check_items,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="PendingBlocksMetadataModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class PendingBlocksMetadataModel(Lazy):
    """Attributes:
    target_global_offset_ms (int | None):
    block_ids (list[str]):
    """

    target_global_offset_ms: int | None = _attrs_field(default=None, kw_only=True)

    block_ids: list[str]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "target_global_offset_ms",
        "block_ids",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        target_global_offset_ms: Any
        try:
            target_global_offset_ms = self.target_global_offset_ms

        except (AttributeError, TypeError):
            target_global_offset_ms = self.target_global_offset_ms

        block_ids: Any
        try:
            block_ids = self.block_ids

        except (AttributeError, TypeError):
            block_ids = self.block_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if target_global_offset_ms is not None or "target_global_offset_ms" not in self._missing_fields:
            field_dict["target_global_offset_ms"] = target_global_offset_ms
        if block_ids is not None or "block_ids" not in self._missing_fields:
            field_dict["block_ids"] = block_ids
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        pending_blocks_metadata_model = cls.__new__(cls)
        pending_blocks_metadata_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return pending_blocks_metadata_model

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


_read_target_global_offset_ms = plain_reader(
    "target_global_offset_ms",
    (
        int,
        type(None),
    ),
    "an integer or null",
    True,
)

_read_block_ids = plain_reader("block_ids", (list,), "an array", True, ((str,), "a string"))


_FIELDS: frozenset[str] = frozenset(
    (
        "target_global_offset_ms",
        "block_ids",
    )
)


def _read_additional_properties(cls: type[PendingBlocksMetadataModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[PendingBlocksMetadataModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    target_global_offset_ms = d.get("target_global_offset_ms", MISSING)
    if target_global_offset_ms.__class__ is not int and target_global_offset_ms is not None:
        target_global_offset_ms = _read_target_global_offset_ms(cls, d)

    block_ids = d.get("block_ids", MISSING)
    if block_ids.__class__ is not list:
        block_ids = _read_block_ids(cls, d)
    elif block_ids.__class__ is list and block_ids:
        check_items(cls, "block_ids", block_ids, (str,), "a string")

    return {
        "target_global_offset_ms": target_global_offset_ms,
        "block_ids": block_ids,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    PendingBlocksMetadataModel,
    _all_fields,
    {
        "target_global_offset_ms": _read_target_global_offset_ms,
        "block_ids": _read_block_ids,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
