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

T = TypeVar("T", bound="DynamicVariableAssignment")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class DynamicVariableAssignment(Lazy):
    """Configuration for extracting values from tool responses and assigning them to dynamic variables.

    Example:
        {'dynamic_variable': 'user_name', 'preserve_native_type': False, 'sanitize': False, 'source': 'response',
        'value_path': 'user.name'}

    Attributes:
        dynamic_variable (str): The name of the dynamic variable to assign the extracted value to
        value_path (str): Dot notation path to extract the value from the source (e.g., 'user.name' or 'data.0.id')
        source (Literal['response'] | Unset): The source to extract the value from. Currently only 'response' is
            supported. Default: 'response'.
        sanitize (bool | Unset): If true, this assignment's value will be removed from the tool response before sending
            to the LLM and transcript, but still processed for variable assignment. Defaults to False on the server.
        preserve_native_type (bool | Unset): If true, non-scalar values (lists, objects) extracted from the tool
            response are stored as their native type instead of being stringified to JSON. Enable this to use extracted
            arrays directly as list dynamic variables. Defaults to False on the server.
    """

    dynamic_variable: str

    value_path: str

    source: Literal["response"] | Unset = _attrs_field(
        default="response",
        kw_only=True,
        validator=types.tag("DynamicVariableAssignment", "source", "response"),
    )

    sanitize: bool | Unset = UNSET

    preserve_native_type: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "dynamic_variable",
        "value_path",
    )
    _tags: ClassVar[tuple[str, ...]] = ("source",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("source", "response")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        dynamic_variable = self.dynamic_variable

        value_path = self.value_path

        source = self.source

        sanitize = self.sanitize

        preserve_native_type = self.preserve_native_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if dynamic_variable is not None or "dynamic_variable" not in self._missing_fields:
            field_dict["dynamic_variable"] = dynamic_variable
        if value_path is not None or "value_path" not in self._missing_fields:
            field_dict["value_path"] = value_path
        if source is not UNSET:
            field_dict["source"] = source
        if sanitize is not UNSET:
            field_dict["sanitize"] = sanitize
        if preserve_native_type is not UNSET:
            field_dict["preserve_native_type"] = preserve_native_type
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        dynamic_variable_assignment = cls.__new__(cls)
        dynamic_variable_assignment.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return dynamic_variable_assignment

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


def _read_source(cls: type[DynamicVariableAssignment], d: Mapping[str, Any]) -> Any:
    source_raw = d.get("source", UNSET)
    source = cast(Literal["response"] | Unset, source_raw)
    if source != "response" and not isinstance(source, Unset):
        raise ValueError(f"source must match const 'response', got '{source}'")

    return source


_read_dynamic_variable = plain_reader("dynamic_variable", (str,), "a string", True)

_read_value_path = plain_reader("value_path", (str,), "a string", True)

_read_sanitize = plain_reader("sanitize", (bool,), "a boolean", False)

_read_preserve_native_type = plain_reader("preserve_native_type", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "dynamic_variable",
        "value_path",
        "source",
        "sanitize",
        "preserve_native_type",
    )
)


def _read_additional_properties(cls: type[DynamicVariableAssignment], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[DynamicVariableAssignment], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
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

    value_path = d.get("value_path", MISSING)
    if value_path.__class__ is not str:
        value_path = _read_value_path(cls, d)

    sanitize = d.get("sanitize", UNSET)
    if sanitize.__class__ is not bool and sanitize is not UNSET:
        sanitize = _read_sanitize(cls, d)

    preserve_native_type = d.get("preserve_native_type", UNSET)
    if preserve_native_type.__class__ is not bool and preserve_native_type is not UNSET:
        preserve_native_type = _read_preserve_native_type(cls, d)

    return {
        "dynamic_variable": dynamic_variable,
        "value_path": value_path,
        "source": source,
        "sanitize": sanitize,
        "preserve_native_type": preserve_native_type,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    DynamicVariableAssignment,
    _all_fields,
    {
        "dynamic_variable": _read_dynamic_variable,
        "value_path": _read_value_path,
        "source": _read_source,
        "sanitize": _read_sanitize,
        "preserve_native_type": _read_preserve_native_type,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
