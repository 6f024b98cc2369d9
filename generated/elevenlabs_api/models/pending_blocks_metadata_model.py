from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    check_items,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="PendingBlocksMetadataModel")


@_attrs_define
class PendingBlocksMetadataModel:
    """Attributes:
    target_global_offset_ms (int | None):
    block_ids (list[str]):
    """

    target_global_offset_ms: int | None

    block_ids: list[str]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        target_global_offset_ms = d.pop("target_global_offset_ms", MISSING)
        if target_global_offset_ms.__class__ is not int and target_global_offset_ms is not None:
            if target_global_offset_ms is MISSING:
                target_global_offset_ms = missing_field(cls, "target_global_offset_ms")
                _missing += ("target_global_offset_ms",)
            else:
                target_global_offset_ms = unexpected_type(
                    cls, "target_global_offset_ms", target_global_offset_ms, "an integer or null"
                )

        block_ids = d.pop("block_ids", MISSING)
        if block_ids.__class__ is not list:
            if block_ids is MISSING:
                block_ids = missing_field(cls, "block_ids")
                _missing += ("block_ids",)
            else:
                block_ids = unexpected_type(cls, "block_ids", block_ids, "an array")
        elif block_ids.__class__ is list and block_ids:
            check_items(cls, "block_ids", block_ids, (str,), "a string")

        pending_blocks_metadata_model = cls(
            target_global_offset_ms=target_global_offset_ms,
            block_ids=block_ids,
        )
        if _missing:
            pending_blocks_metadata_model._missing_fields = _missing
        pending_blocks_metadata_model.additional_properties = d
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
