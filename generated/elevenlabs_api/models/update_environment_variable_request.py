from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, NULL, STR, AdditionalProperties, Field, Lazy, dict_of, object_of, union


@_attrs_define(slots=False)
class UpdateEnvironmentVariableRequest(Lazy, AdditionalProperties[Any]):
    """Attributes:
    values: Values to replace. Set to null to remove an environment (except 'production').
    """

    values: UpdateEnvironmentVariableRequestValues

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("values", "values", object_of("UpdateEnvironmentVariableRequestValues"), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class UpdateEnvironmentVariableRequestValues(
    Lazy,
    AdditionalProperties[
        "EnvironmentVariableAuthConnectionValueRequest | EnvironmentVariableSecretValueRequest | None | str"
    ],
):
    """Values to replace. Set to null to remove an environment (except 'production')."""

    additional_properties: dict[
        str, EnvironmentVariableAuthConnectionValueRequest | EnvironmentVariableSecretValueRequest | None | str
    ] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "additional_properties",
            None,
            dict_of(
                union(
                    STR,
                    object_of("EnvironmentVariableSecretValueRequest"),
                    object_of("EnvironmentVariableAuthConnectionValueRequest"),
                    NULL,
                )
            ),
        ),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.environment_variable_auth_connection_value_request import EnvironmentVariableAuthConnectionValueRequest
from ..models.environment_variable_secret_value_request import EnvironmentVariableSecretValueRequest
