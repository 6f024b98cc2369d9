from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="EndProcedureToolConfigOutput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class EndProcedureToolConfigOutput(Lazy):
    """Attributes:
    system_tool_type (Literal['end_procedure'] | Unset):  Default: 'end_procedure'.
    procedures (EndProcedureToolConfigOutputProcedures | Unset):
    """

    system_tool_type: Literal["end_procedure"] | Unset = _attrs_field(
        default="end_procedure",
        kw_only=True,
        validator=types.tag("EndProcedureToolConfigOutput", "system_tool_type", "end_procedure"),
    )

    procedures: EndProcedureToolConfigOutputProcedures | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _tags: ClassVar[tuple[str, ...]] = ("system_tool_type",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("system_tool_type", "end_procedure")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        system_tool_type = self.system_tool_type

        procedures: Any
        try:
            procedures = UNSET
            if not isinstance(self.procedures, Unset):
                procedures = self.procedures.to_dict()
        except (AttributeError, TypeError):
            procedures = self.procedures

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if system_tool_type is not UNSET:
            field_dict["system_tool_type"] = system_tool_type
        if procedures is not UNSET:
            field_dict["procedures"] = procedures
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        end_procedure_tool_config_output = cls.__new__(cls)
        end_procedure_tool_config_output.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return end_procedure_tool_config_output

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


def _read_system_tool_type(cls: type[EndProcedureToolConfigOutput], d: Mapping[str, Any]) -> Any:
    system_tool_type_raw = d.get("system_tool_type", UNSET)
    system_tool_type = cast(Literal["end_procedure"] | Unset, system_tool_type_raw)
    if system_tool_type != "end_procedure" and not isinstance(system_tool_type, Unset):
        raise ValueError(f"system_tool_type must match const 'end_procedure', got '{system_tool_type}'")

    return system_tool_type


def _read_procedures(cls: type[EndProcedureToolConfigOutput], d: Mapping[str, Any]) -> Any:
    procedures_raw = d.get("procedures", UNSET)
    try:
        _procedures = procedures_raw
        procedures: EndProcedureToolConfigOutputProcedures | Unset
        if isinstance(_procedures, Unset):
            procedures = UNSET
        else:
            procedures = EndProcedureToolConfigOutputProcedures.from_dict(_procedures)
    except (KeyError, TypeError, ValueError, AttributeError):
        procedures = deviating_field(cls, "procedures", procedures_raw)

    return procedures


_FIELDS: frozenset[str] = frozenset(
    (
        "system_tool_type",
        "procedures",
    )
)


def _read_additional_properties(cls: type[EndProcedureToolConfigOutput], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[EndProcedureToolConfigOutput], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "system_tool_type" in known:
        system_tool_type = known["system_tool_type"]
    else:
        system_tool_type = d.get("system_tool_type", UNSET)
        if system_tool_type is not UNSET:
            system_tool_type = _read_system_tool_type(cls, d)

    if "procedures" in known:
        procedures = known["procedures"]
    else:
        procedures = d.get("procedures", UNSET)
        if procedures is not UNSET:
            procedures = _read_procedures(cls, d)

    return {
        "system_tool_type": system_tool_type,
        "procedures": procedures,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    EndProcedureToolConfigOutput,
    _all_fields,
    {
        "system_tool_type": _read_system_tool_type,
        "procedures": _read_procedures,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.end_procedure_tool_config_output_procedures import EndProcedureToolConfigOutputProcedures
