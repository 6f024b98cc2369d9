from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conflict_section import ConflictSection
from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="FieldConflict")


@_attrs_define
class FieldConflict:
    """Attributes:
    path (str): Identifier of the conflicting field relative to its section: a dot-path within
        conversation_config/platform_settings, or a procedure id.
    section (ConflictSection | str): Which config section this path belongs to.
    base_value (Any | Unset): Value at the common ancestor (merge base).
    source_value (Any | Unset): Value on the source branch tip.
    target_value (Any | Unset): Value on the target branch tip.
    """

    path: str

    section: ConflictSection | str

    base_value: Any | Unset = UNSET

    source_value: Any | Unset = UNSET

    target_value: Any | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        section: Any
        try:
            if isinstance(self.section, str):
                section = self.section
            else:
                section = self.section

        except (AttributeError, TypeError):
            section = self.section

        base_value = self.base_value

        source_value = self.source_value

        target_value = self.target_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if path is not None or "path" not in self._missing_fields:
            field_dict["path"] = path
        if section is not None or "section" not in self._missing_fields:
            field_dict["section"] = section
        if base_value is not UNSET:
            field_dict["base_value"] = base_value
        if source_value is not UNSET:
            field_dict["source_value"] = source_value
        if target_value is not UNSET:
            field_dict["target_value"] = target_value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        path = d.pop("path", MISSING)
        if path.__class__ is not str:
            if path is MISSING:
                path = missing_field(cls, "path")
                _missing += ("path",)
            else:
                path = unexpected_type(cls, "path", path, "a string")

        section = d.pop("section", MISSING)
        if section.__class__ is not str:
            if section is MISSING:
                section = missing_field(cls, "section")
                _missing += ("section",)
            else:
                section = unexpected_type(cls, "section", section, "a string")

        base_value = d.pop("base_value", UNSET)

        source_value = d.pop("source_value", UNSET)

        target_value = d.pop("target_value", UNSET)

        field_conflict = cls(
            path=path,
            section=section,
            base_value=base_value,
            source_value=source_value,
            target_value=target_value,
        )
        if _missing:
            field_conflict._missing_fields = _missing
        field_conflict.additional_properties = d
        return field_conflict

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
