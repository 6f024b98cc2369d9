from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import GuardrailType
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

T = TypeVar("T", bound="TriggeredGuardrailCommonModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class TriggeredGuardrailCommonModel(Lazy):
    """Attributes:
    guardrail_type (GuardrailType | str):
    guardrail_name (None | str | Unset):
    """

    guardrail_type: GuardrailType | str

    guardrail_name: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("guardrail_type",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        guardrail_type: Any
        try:
            if isinstance(self.guardrail_type, str):
                guardrail_type = self.guardrail_type
            else:
                guardrail_type = self.guardrail_type

        except (AttributeError, TypeError):
            guardrail_type = self.guardrail_type

        guardrail_name: Any
        try:
            guardrail_name = self.guardrail_name

        except (AttributeError, TypeError):
            guardrail_name = self.guardrail_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if guardrail_type is not None or "guardrail_type" not in self._missing_fields:
            field_dict["guardrail_type"] = guardrail_type
        if guardrail_name is not UNSET:
            field_dict["guardrail_name"] = guardrail_name
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        triggered_guardrail_common_model = cls.__new__(cls)
        triggered_guardrail_common_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return triggered_guardrail_common_model

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


_read_guardrail_type = plain_reader("guardrail_type", (str,), "a string", True)

_read_guardrail_name = plain_reader(
    "guardrail_name",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "guardrail_type",
        "guardrail_name",
    )
)


def _read_additional_properties(cls: type[TriggeredGuardrailCommonModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[TriggeredGuardrailCommonModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    guardrail_type = d.get("guardrail_type", MISSING)
    if guardrail_type.__class__ is not str:
        guardrail_type = _read_guardrail_type(cls, d)

    guardrail_name = d.get("guardrail_name", UNSET)
    if guardrail_name.__class__ is not str and guardrail_name is not None and guardrail_name is not UNSET:
        guardrail_name = _read_guardrail_name(cls, d)

    return {
        "guardrail_type": guardrail_type,
        "guardrail_name": guardrail_name,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    TriggeredGuardrailCommonModel,
    _all_fields,
    {
        "guardrail_type": _read_guardrail_type,
        "guardrail_name": _read_guardrail_name,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
