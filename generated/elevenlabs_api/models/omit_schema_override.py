from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="OmitSchemaOverride")


@_attrs_define
class OmitSchemaOverride:
    """Attributes:
    source (Literal['omit'] | Unset):  Default: 'omit'.
    """

    source: Literal["omit"] | Unset = "omit"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("source", "omit")

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if source is not UNSET:
            field_dict["source"] = source
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        source_raw = d.pop("source", UNSET)
        source = cast(Literal["omit"] | Unset, source_raw)
        if source != "omit" and not isinstance(source, Unset):
            raise ValueError(f"source must match const 'omit', got '{source}'")

        omit_schema_override = cls(
            source=source,
        )
        omit_schema_override.additional_properties = d
        return omit_schema_override

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
