from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
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

T = TypeVar("T", bound="DynamicVariableSchemaOverride")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class DynamicVariableSchemaOverride(Lazy):
    """Attributes:
    dynamic_variable (str): The name of the dynamic variable to use
    source (Literal['dynamic_variable'] | Unset):  Default: 'dynamic_variable'.
    """

    dynamic_variable: str

    source: Literal["dynamic_variable"] | Unset = _attrs_field(
        default="dynamic_variable",
        kw_only=True,
        validator=types.tag("DynamicVariableSchemaOverride", "source", "dynamic_variable"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("dynamic_variable",)
    _tags: ClassVar[tuple[str, ...]] = ("source",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("source", "dynamic_variable")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        dynamic_variable = self.dynamic_variable

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if dynamic_variable is not None or "dynamic_variable" not in self._missing_fields:
            field_dict["dynamic_variable"] = dynamic_variable
        if source is not UNSET:
            field_dict["source"] = source
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        dynamic_variable_schema_override = cls.__new__(cls)
        dynamic_variable_schema_override.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return dynamic_variable_schema_override

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


def _read_source(cls: type[DynamicVariableSchemaOverride], d: Mapping[str, Any]) -> Any:
    source_raw = d.get("source", UNSET)
    source = cast(Literal["dynamic_variable"] | Unset, source_raw)
    if source != "dynamic_variable" and not isinstance(source, Unset):
        raise ValueError(f"source must match const 'dynamic_variable', got '{source}'")

    return source


_read_dynamic_variable = plain_reader("dynamic_variable", (str,), "a string", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "dynamic_variable",
        "source",
    )
)


def _read_additional_properties(cls: type[DynamicVariableSchemaOverride], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[DynamicVariableSchemaOverride], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "source" in known:
        source = known["source"]
    else:
        source = d.get("source", UNSET)
        if source is not UNSET:
            source = _read_source(cls, d)

    dynamic_variable = d.get("dynamic_variable", MISSING)
    if dynamic_variable.__class__ is not str:
        dynamic_variable = _read_dynamic_variable(cls, d)

    return {
        "dynamic_variable": dynamic_variable,
        "source": source,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    DynamicVariableSchemaOverride,
    _all_fields,
    {
        "dynamic_variable": _read_dynamic_variable,
        "source": _read_source,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
