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
    Lazy,
    deviating_field,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="CreateStringEnvironmentVariableRequest")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class CreateStringEnvironmentVariableRequest(Lazy):
    """Attributes:
    type_ (Literal['string']):
    label (str): Unique label for the environment variable.
    values (CreateStringEnvironmentVariableRequestValues): Environment-specific values. Must include 'production'
        key.
    """

    type_: Literal["string"] = _attrs_field(
        default="string",
        kw_only=True,
        alias="type",
        validator=types.tag("CreateStringEnvironmentVariableRequest", "type", "string"),
    )

    label: str

    values: CreateStringEnvironmentVariableRequestValues

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "label",
        "values",
    )
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "string")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        type_ = self.type_

        label = self.label

        values: Any
        try:
            values = self.values.to_dict()
        except (AttributeError, TypeError):
            values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = type_
        if label is not None or "label" not in self._missing_fields:
            field_dict["label"] = label
        if values is not None or "values" not in self._missing_fields:
            field_dict["values"] = values
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        create_string_environment_variable_request = cls.__new__(cls)
        create_string_environment_variable_request.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return create_string_environment_variable_request

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


def _read_type_(cls: type[CreateStringEnvironmentVariableRequest], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", MISSING)
    if type__raw is MISSING:
        type__raw = missing_field(cls, "type")
    type_ = cast(Literal["string"], type__raw)
    if type_ != "string":
        raise ValueError(f"type must match const 'string', got '{type_}'")

    return type_


_read_label = plain_reader("label", (str,), "a string", True)


def _read_values(cls: type[CreateStringEnvironmentVariableRequest], d: Mapping[str, Any]) -> Any:
    values_raw = d.get("values", MISSING)
    if values_raw is MISSING:
        values = missing_field(cls, "values")
    else:
        try:
            values = CreateStringEnvironmentVariableRequestValues.from_dict(values_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            values = deviating_field(cls, "values", values_raw)

    return values


_FIELDS: frozenset[str] = frozenset(
    (
        "type",
        "label",
        "values",
    )
)


def _read_additional_properties(
    cls: type[CreateStringEnvironmentVariableRequest], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[CreateStringEnvironmentVariableRequest], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = _read_type_(cls, d)

    label = d.get("label", MISSING)
    if label.__class__ is not str:
        label = _read_label(cls, d)

    if "values" in known:
        values = known["values"]
    else:
        values = _read_values(cls, d)

    return {
        "type_": type_,
        "label": label,
        "values": values,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(CreateStringEnvironmentVariableRequest, type_="type")

set_readers(
    CreateStringEnvironmentVariableRequest,
    _all_fields,
    {
        "type_": _read_type_,
        "label": _read_label,
        "values": _read_values,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.create_string_environment_variable_request_values import CreateStringEnvironmentVariableRequestValues
