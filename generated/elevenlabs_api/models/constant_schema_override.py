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
    deviating_field,
    missing_field,
    missing_fields,
    parse_strictly,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ConstantSchemaOverride")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ConstantSchemaOverride(Lazy):
    """Attributes:
    constant_value (bool | ConstantSchemaOverrideConstantValueType5 | float | int | list[Any] | None | str): The
        constant value to use
    source (Literal['constant'] | Unset):  Default: 'constant'.
    """

    constant_value: bool | ConstantSchemaOverrideConstantValueType5 | float | int | list[Any] | None | str = None

    source: Literal["constant"] | Unset = _attrs_field(
        default="constant",
        kw_only=True,
        validator=types.tag("ConstantSchemaOverride", "source", "constant"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("constant_value",)
    _tags: ClassVar[tuple[str, ...]] = ("source",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("source", "constant")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        constant_value: Any
        try:
            if isinstance(self.constant_value, list):
                constant_value = self.constant_value

            elif isinstance(self.constant_value, ConstantSchemaOverrideConstantValueType5):
                constant_value = self.constant_value.to_dict()
            else:
                constant_value = self.constant_value

        except (AttributeError, TypeError):
            constant_value = self.constant_value

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if constant_value is not None or "constant_value" not in self._missing_fields:
            field_dict["constant_value"] = constant_value
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
        constant_schema_override = cls.__new__(cls)
        constant_schema_override.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return constant_schema_override

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


def _read_source(cls: type[ConstantSchemaOverride], d: Mapping[str, Any]) -> Any:
    source_raw = d.get("source", UNSET)
    source = cast(Literal["constant"] | Unset, source_raw)
    if source != "constant" and not isinstance(source, Unset):
        raise ValueError(f"source must match const 'constant', got '{source}'")

    return source


def _read_constant_value(cls: type[ConstantSchemaOverride], d: Mapping[str, Any]) -> Any:
    constant_value_raw = d.get("constant_value", MISSING)
    if constant_value_raw is MISSING:
        constant_value = missing_field(cls, "constant_value")
    else:
        try:

            def _parse_constant_value(
                data: object,
            ) -> bool | ConstantSchemaOverrideConstantValueType5 | float | int | list[Any] | None | str:
                if data is None:
                    return data
                return parse_strictly(_parse_constant_value_member, data)

            def _parse_constant_value_member(
                data: object,
            ) -> bool | ConstantSchemaOverrideConstantValueType5 | float | int | list[Any] | None | str:

                try:
                    if not isinstance(data, list):
                        raise TypeError(f"got {type(data).__name__}")
                    constant_value_type_4 = cast(list[Any], data)

                    return constant_value_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    constant_value_type_5 = ConstantSchemaOverrideConstantValueType5.from_dict(data)

                    return constant_value_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    "bool | ConstantSchemaOverrideConstantValueType5 | float | int | list[Any] | None | str", data
                )

            constant_value = _parse_constant_value(constant_value_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            constant_value = deviating_field(cls, "constant_value", constant_value_raw)

    return constant_value


_FIELDS: frozenset[str] = frozenset(
    (
        "constant_value",
        "source",
    )
)


def _read_additional_properties(cls: type[ConstantSchemaOverride], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[ConstantSchemaOverride], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "source" in known:
        source = known["source"]
    else:
        source = d.get("source", UNSET)
        if source is not UNSET:
            source = _read_source(cls, d)

    if "constant_value" in known:
        constant_value = known["constant_value"]
    else:
        constant_value = d.get("constant_value", MISSING)
        if constant_value is not None:
            constant_value = _read_constant_value(cls, d)

    return {
        "constant_value": constant_value,
        "source": source,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ConstantSchemaOverride,
    _all_fields,
    {
        "constant_value": _read_constant_value,
        "source": _read_source,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.constant_schema_override_constant_value_type_5 import ConstantSchemaOverrideConstantValueType5
