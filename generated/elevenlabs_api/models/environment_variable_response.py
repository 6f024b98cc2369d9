from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, INT, NULL, STR, AdditionalProperties, Field, Lazy, dict_of, literal, object_of, union
from ..models._literals import EnvironmentVariableResponseTypeType0
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class EnvironmentVariableResponse(Lazy, AdditionalProperties[Any]):
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
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("label", "label", STR, required=True),
        Field("created_at_unix_secs", "created_at_unix_secs", INT, required=True),
        Field("updated_at_unix_secs", "updated_at_unix_secs", INT, required=True),
        Field("type_", "type", union(literal("EnvironmentVariableResponseTypeType0"), STR), required=True),
        Field("id", "id", STR, required=True),
        Field("workspace_id", "workspace_id", STR, required=True),
        Field(
            "values",
            "values",
            union(
                object_of("EnvironmentVariableResponseValuesType0"),
                object_of("EnvironmentVariableResponseValuesType1"),
                object_of("EnvironmentVariableResponseValuesType2"),
            ),
            required=True,
        ),
        Field("created_by_user_id", "created_by_user_id", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class EnvironmentVariableAuthConnectionValue(Lazy, AdditionalProperties[Any]):
    auth_connection_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("auth_connection_id", "auth_connection_id", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class EnvironmentVariableResponseValuesType0(Lazy, AdditionalProperties["str"]):
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(STR)),)


@_attrs_define(slots=False)
class EnvironmentVariableResponseValuesType1(Lazy, AdditionalProperties["EnvironmentVariableSecretValue"]):
    additional_properties: dict[str, EnvironmentVariableSecretValue] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("additional_properties", None, dict_of(object_of("EnvironmentVariableSecretValue"))),
    )


@_attrs_define(slots=False)
class EnvironmentVariableResponseValuesType2(Lazy, AdditionalProperties["EnvironmentVariableAuthConnectionValue"]):
    additional_properties: dict[str, EnvironmentVariableAuthConnectionValue] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("additional_properties", None, dict_of(object_of("EnvironmentVariableAuthConnectionValue"))),
    )


@_attrs_define(slots=False)
class EnvironmentVariableSecretValue(Lazy, AdditionalProperties[Any]):
    secret_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("secret_id", "secret_id", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
