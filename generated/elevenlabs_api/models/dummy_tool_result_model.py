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
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="DummyToolResultModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class DummyToolResultModel(Lazy):
    """Attributes:
    result_type (Literal['dummy'] | Unset):  Default: 'dummy'.
    """

    result_type: Literal["dummy"] | Unset = _attrs_field(
        default="dummy",
        kw_only=True,
        validator=types.tag("DummyToolResultModel", "result_type", "dummy"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _tags: ClassVar[tuple[str, ...]] = ("result_type",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("result_type", "dummy")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        result_type = self.result_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if result_type is not UNSET:
            field_dict["result_type"] = result_type
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        dummy_tool_result_model = cls.__new__(cls)
        dummy_tool_result_model.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return dummy_tool_result_model

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


def _read_result_type(cls: type[DummyToolResultModel], d: Mapping[str, Any]) -> Any:
    result_type_raw = d.get("result_type", UNSET)
    result_type = cast(Literal["dummy"] | Unset, result_type_raw)
    if result_type != "dummy" and not isinstance(result_type, Unset):
        raise ValueError(f"result_type must match const 'dummy', got '{result_type}'")

    return result_type


_FIELDS: frozenset[str] = frozenset(("result_type",))


def _read_additional_properties(cls: type[DummyToolResultModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[DummyToolResultModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "result_type" in known:
        result_type = known["result_type"]
    else:
        result_type = d.get("result_type", UNSET)
        if result_type is not UNSET:
            result_type = _read_result_type(cls, d)

    return {
        "result_type": result_type,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    DummyToolResultModel,
    _all_fields,
    {
        "result_type": _read_result_type,
        "additional_properties": _read_additional_properties,
    },
)
