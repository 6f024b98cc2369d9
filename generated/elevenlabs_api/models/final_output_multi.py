from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

T = TypeVar("T", bound="FinalOutputMulti")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class FinalOutputMulti(Lazy):
    """Server payload indicating the final output for a specific context.

    Attributes:
        is_final (bool): Indicates this is the final message for the context.
        context_id (str | Unset): The context_id for which this is the final message.
    """

    is_final: bool

    context_id: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("isFinal",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        is_final = self.is_final

        context_id = self.context_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if is_final is not None or "isFinal" not in self._missing_fields:
            field_dict["isFinal"] = is_final
        if context_id is not UNSET:
            field_dict["contextId"] = context_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        final_output_multi = cls.__new__(cls)
        final_output_multi.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return final_output_multi

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


_read_is_final = plain_reader("isFinal", (bool,), "a boolean", True)

_read_context_id = plain_reader("contextId", (str,), "a string", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "isFinal",
        "contextId",
    )
)


def _read_additional_properties(cls: type[FinalOutputMulti], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[FinalOutputMulti], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    is_final = d.get("isFinal", MISSING)
    if is_final.__class__ is not bool:
        is_final = _read_is_final(cls, d)

    context_id = d.get("contextId", UNSET)
    if context_id.__class__ is not str and context_id is not UNSET:
        context_id = _read_context_id(cls, d)

    return {
        "is_final": is_final,
        "context_id": context_id,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    FinalOutputMulti,
    _all_fields,
    {
        "is_final": _read_is_final,
        "context_id": _read_context_id,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
