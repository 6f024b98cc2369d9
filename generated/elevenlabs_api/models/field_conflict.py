from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import ConflictSection
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

T = TypeVar("T", bound="FieldConflict")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class FieldConflict(Lazy):
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
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "path",
        "section",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        field_conflict = cls.__new__(cls)
        field_conflict.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
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


_read_path = plain_reader("path", (str,), "a string", True)

_read_section = plain_reader("section", (str,), "a string", True)

_read_base_value = plain_reader("base_value", None, "", False)

_read_source_value = plain_reader("source_value", None, "", False)

_read_target_value = plain_reader("target_value", None, "", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "path",
        "section",
        "base_value",
        "source_value",
        "target_value",
    )
)


def _read_additional_properties(cls: type[FieldConflict], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[FieldConflict], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    path = d.get("path", MISSING)
    if path.__class__ is not str:
        path = _read_path(cls, d)

    section = d.get("section", MISSING)
    if section.__class__ is not str:
        section = _read_section(cls, d)

    base_value = _read_base_value(cls, d)

    source_value = _read_source_value(cls, d)

    target_value = _read_target_value(cls, d)

    return {
        "path": path,
        "section": section,
        "base_value": base_value,
        "source_value": source_value,
        "target_value": target_value,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    FieldConflict,
    _all_fields,
    {
        "path": _read_path,
        "section": _read_section,
        "base_value": _read_base_value,
        "source_value": _read_source_value,
        "target_value": _read_target_value,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
