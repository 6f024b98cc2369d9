from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import EnvironmentVariableResponseTypeType0
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
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="EnvironmentVariableResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class EnvironmentVariableResponse(Lazy):
    """Attributes:
    label (str):
    created_at_unix_secs (int):
    updated_at_unix_secs (int):
    type_ (EnvironmentVariableResponseTypeType0 | str):
    id (str):
    workspace_id (str):
    values (EnvironmentVariableResponseValuesType0 | EnvironmentVariableResponseValuesType1 |
        EnvironmentVariableResponseValuesType2):
    created_by_user_id (None | str | Unset):
    """

    label: str

    created_at_unix_secs: int

    updated_at_unix_secs: int

    type_: EnvironmentVariableResponseTypeType0 | str

    id: str

    workspace_id: str

    values: (
        EnvironmentVariableResponseValuesType0
        | EnvironmentVariableResponseValuesType1
        | EnvironmentVariableResponseValuesType2
    )

    created_by_user_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "label",
        "created_at_unix_secs",
        "updated_at_unix_secs",
        "type",
        "id",
        "workspace_id",
        "values",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        label = self.label

        created_at_unix_secs = self.created_at_unix_secs

        updated_at_unix_secs = self.updated_at_unix_secs

        type_: Any
        try:
            if isinstance(self.type_, str):
                type_ = self.type_
            else:
                type_ = self.type_

        except (AttributeError, TypeError):
            type_ = self.type_

        id = self.id

        workspace_id = self.workspace_id

        values: Any
        try:
            if (
                isinstance(self.values, EnvironmentVariableResponseValuesType0)
                or isinstance(self.values, EnvironmentVariableResponseValuesType1)
                or isinstance(self.values, EnvironmentVariableResponseValuesType2)
            ):
                values = self.values.to_dict()
            else:
                values = self.values

        except (AttributeError, TypeError):
            values = self.values

        created_by_user_id: Any
        try:
            created_by_user_id = self.created_by_user_id

        except (AttributeError, TypeError):
            created_by_user_id = self.created_by_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if label is not None or "label" not in self._missing_fields:
            field_dict["label"] = label
        if created_at_unix_secs is not None or "created_at_unix_secs" not in self._missing_fields:
            field_dict["created_at_unix_secs"] = created_at_unix_secs
        if updated_at_unix_secs is not None or "updated_at_unix_secs" not in self._missing_fields:
            field_dict["updated_at_unix_secs"] = updated_at_unix_secs
        if type_ is not None or "type" not in self._missing_fields:
            field_dict["type"] = type_
        if id is not None or "id" not in self._missing_fields:
            field_dict["id"] = id
        if workspace_id is not None or "workspace_id" not in self._missing_fields:
            field_dict["workspace_id"] = workspace_id
        if values is not None or "values" not in self._missing_fields:
            field_dict["values"] = values
        if created_by_user_id is not UNSET:
            field_dict["created_by_user_id"] = created_by_user_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        environment_variable_response = cls.__new__(cls)
        environment_variable_response.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return environment_variable_response

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


_read_label = plain_reader("label", (str,), "a string", True)

_read_created_at_unix_secs = plain_reader("created_at_unix_secs", (int,), "an integer", True)

_read_updated_at_unix_secs = plain_reader("updated_at_unix_secs", (int,), "an integer", True)

_read_type_ = plain_reader("type", (str,), "a string", True)

_read_id = plain_reader("id", (str,), "a string", True)

_read_workspace_id = plain_reader("workspace_id", (str,), "a string", True)


def _read_values(cls: type[EnvironmentVariableResponse], d: Mapping[str, Any]) -> Any:
    values_raw = d.get("values", MISSING)
    if values_raw is MISSING:
        values = missing_field(cls, "values")
    else:
        try:

            def _parse_values(
                data: object,
            ) -> (
                EnvironmentVariableResponseValuesType0
                | EnvironmentVariableResponseValuesType1
                | EnvironmentVariableResponseValuesType2
            ):
                return parse_strictly(_parse_values_member, data)

            def _parse_values_member(
                data: object,
            ) -> (
                EnvironmentVariableResponseValuesType0
                | EnvironmentVariableResponseValuesType1
                | EnvironmentVariableResponseValuesType2
            ):
                if isinstance(data, dict):
                    for known in (
                        EnvironmentVariableResponseValuesType0,
                        EnvironmentVariableResponseValuesType1,
                        EnvironmentVariableResponseValuesType2,
                    ):
                        kind = getattr(known, "_kind", None)
                        if kind is not None and data.get(kind[0]) == kind[1]:
                            return known.from_dict(data)

                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    values_type_0 = EnvironmentVariableResponseValuesType0.from_dict(data)

                    return values_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    values_type_1 = EnvironmentVariableResponseValuesType1.from_dict(data)

                    return values_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                values_type_2 = EnvironmentVariableResponseValuesType2.from_dict(data)

                return values_type_2

            values = _parse_values(values_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            values = deviating_field(cls, "values", values_raw)

    return values


_read_created_by_user_id = plain_reader(
    "created_by_user_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "label",
        "created_at_unix_secs",
        "updated_at_unix_secs",
        "type",
        "id",
        "workspace_id",
        "values",
        "created_by_user_id",
    )
)


def _read_additional_properties(cls: type[EnvironmentVariableResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[EnvironmentVariableResponse], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    label = d.get("label", MISSING)
    if label.__class__ is not str:
        label = _read_label(cls, d)

    created_at_unix_secs = d.get("created_at_unix_secs", MISSING)
    if created_at_unix_secs.__class__ is not int:
        created_at_unix_secs = _read_created_at_unix_secs(cls, d)

    updated_at_unix_secs = d.get("updated_at_unix_secs", MISSING)
    if updated_at_unix_secs.__class__ is not int:
        updated_at_unix_secs = _read_updated_at_unix_secs(cls, d)

    type_ = d.get("type", MISSING)
    if type_.__class__ is not str:
        type_ = _read_type_(cls, d)

    id = d.get("id", MISSING)
    if id.__class__ is not str:
        id = _read_id(cls, d)

    workspace_id = d.get("workspace_id", MISSING)
    if workspace_id.__class__ is not str:
        workspace_id = _read_workspace_id(cls, d)

    if "values" in known:
        values = known["values"]
    else:
        values = _read_values(cls, d)

    created_by_user_id = d.get("created_by_user_id", UNSET)
    if created_by_user_id.__class__ is not str and created_by_user_id is not None and created_by_user_id is not UNSET:
        created_by_user_id = _read_created_by_user_id(cls, d)

    return {
        "label": label,
        "created_at_unix_secs": created_at_unix_secs,
        "updated_at_unix_secs": updated_at_unix_secs,
        "type_": type_,
        "id": id,
        "workspace_id": workspace_id,
        "values": values,
        "created_by_user_id": created_by_user_id,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    EnvironmentVariableResponse,
    _all_fields,
    {
        "label": _read_label,
        "created_at_unix_secs": _read_created_at_unix_secs,
        "updated_at_unix_secs": _read_updated_at_unix_secs,
        "type_": _read_type_,
        "id": _read_id,
        "workspace_id": _read_workspace_id,
        "values": _read_values,
        "created_by_user_id": _read_created_by_user_id,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.environment_variable_response_values_type_0 import EnvironmentVariableResponseValuesType0
from ..models.environment_variable_response_values_type_1 import EnvironmentVariableResponseValuesType1
from ..models.environment_variable_response_values_type_2 import EnvironmentVariableResponseValuesType2
