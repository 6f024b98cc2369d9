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
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="EnvironmentVariablesListResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class EnvironmentVariablesListResponse(Lazy):
    """Attributes:
    environment_variables (list[EnvironmentVariableResponse]):
    has_more (bool):
    next_cursor (None | str | Unset):
    """

    environment_variables: list[EnvironmentVariableResponse]

    has_more: bool

    next_cursor: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "environment_variables",
        "has_more",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        environment_variables: Any
        try:
            environment_variables = []
            for environment_variables_item_data in self.environment_variables:
                environment_variables_item = environment_variables_item_data.to_dict()
                environment_variables.append(environment_variables_item)

        except (AttributeError, TypeError):
            environment_variables = self.environment_variables

        has_more = self.has_more

        next_cursor: Any
        try:
            next_cursor = self.next_cursor

        except (AttributeError, TypeError):
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if environment_variables is not None or "environment_variables" not in self._missing_fields:
            field_dict["environment_variables"] = environment_variables
        if has_more is not None or "has_more" not in self._missing_fields:
            field_dict["has_more"] = has_more
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        environment_variables_list_response = cls.__new__(cls)
        environment_variables_list_response.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return environment_variables_list_response

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


def _read_environment_variables(cls: type[EnvironmentVariablesListResponse], d: Mapping[str, Any]) -> Any:
    environment_variables_raw = d.get("environment_variables", MISSING)
    if environment_variables_raw is MISSING:
        environment_variables = missing_field(cls, "environment_variables")
    else:
        try:
            expect_array("environment_variables", environment_variables_raw)
            environment_variables = []
            _environment_variables = environment_variables_raw
            for environment_variables_item_data in _environment_variables:
                environment_variables_item = EnvironmentVariableResponse.from_dict(environment_variables_item_data)

                environment_variables.append(environment_variables_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            environment_variables = deviating_field(cls, "environment_variables", environment_variables_raw)

    return environment_variables


_read_has_more = plain_reader("has_more", (bool,), "a boolean", True)

_read_next_cursor = plain_reader(
    "next_cursor",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "environment_variables",
        "has_more",
        "next_cursor",
    )
)


def _read_additional_properties(cls: type[EnvironmentVariablesListResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[EnvironmentVariablesListResponse], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "environment_variables" in known:
        environment_variables = known["environment_variables"]
    else:
        environment_variables = _read_environment_variables(cls, d)

    has_more = d.get("has_more", MISSING)
    if has_more.__class__ is not bool:
        has_more = _read_has_more(cls, d)

    next_cursor = d.get("next_cursor", UNSET)
    if next_cursor.__class__ is not str and next_cursor is not None and next_cursor is not UNSET:
        next_cursor = _read_next_cursor(cls, d)

    return {
        "environment_variables": environment_variables,
        "has_more": has_more,
        "next_cursor": next_cursor,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    EnvironmentVariablesListResponse,
    _all_fields,
    {
        "environment_variables": _read_environment_variables,
        "has_more": _read_has_more,
        "next_cursor": _read_next_cursor,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.environment_variable_response import EnvironmentVariableResponse
