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

T = TypeVar("T", bound="ContextualUpdateInfo")


@_attrs_define
class ContextualUpdateInfo:
    """Attributes:
    context_id (str): Client-supplied identifier grouping related contextual updates.
    is_superseded (bool | Unset): True when this contextual update has been replaced by a newer update with the same
        context_id. Default: False.
    """

    context_id: str

    is_superseded: bool | Unset = False

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        context_id = self.context_id

        is_superseded = self.is_superseded

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if context_id is not None or "context_id" not in self._missing_fields:
            field_dict["context_id"] = context_id
        if is_superseded is not UNSET:
            field_dict["is_superseded"] = is_superseded
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        context_id = d.pop("context_id", MISSING)
        if context_id.__class__ is not str:
            if context_id is MISSING:
                context_id = missing_field(cls, "context_id")
                _missing += ("context_id",)
            else:
                context_id = unexpected_type(cls, "context_id", context_id, "a string")

        is_superseded = d.pop("is_superseded", UNSET)
        if is_superseded.__class__ is not bool and is_superseded is not UNSET:
            is_superseded = unexpected_type(cls, "is_superseded", is_superseded, "a boolean")

        contextual_update_info = cls(
            context_id=context_id,
            is_superseded=is_superseded,
        )
        if _missing:
            contextual_update_info._missing_fields = _missing
        contextual_update_info.additional_properties = d
        return contextual_update_info

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
