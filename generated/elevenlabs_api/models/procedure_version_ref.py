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
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ProcedureVersionRef")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ProcedureVersionRef(Lazy):
    """Attributes:
    procedure_id (str): Procedure ID
    version_id (str): Version ID of the procedure version.
    """

    procedure_id: str

    version_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "procedure_id",
        "version_id",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        procedure_id = self.procedure_id

        version_id = self.version_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if procedure_id is not None or "procedure_id" not in self._missing_fields:
            field_dict["procedure_id"] = procedure_id
        if version_id is not None or "version_id" not in self._missing_fields:
            field_dict["version_id"] = version_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        procedure_version_ref = cls.__new__(cls)
        procedure_version_ref.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return procedure_version_ref

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


_read_procedure_id = plain_reader("procedure_id", (str,), "a string", True)

_read_version_id = plain_reader("version_id", (str,), "a string", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "procedure_id",
        "version_id",
    )
)


def _read_additional_properties(cls: type[ProcedureVersionRef], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[ProcedureVersionRef], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    procedure_id = d.get("procedure_id", MISSING)
    if procedure_id.__class__ is not str:
        procedure_id = _read_procedure_id(cls, d)

    version_id = d.get("version_id", MISSING)
    if version_id.__class__ is not str:
        version_id = _read_version_id(cls, d)

    return {
        "procedure_id": procedure_id,
        "version_id": version_id,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ProcedureVersionRef,
    _all_fields,
    {
        "procedure_id": _read_procedure_id,
        "version_id": _read_version_id,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
