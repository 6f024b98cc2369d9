from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)


@_attrs_define(slots=False)
class EnvironmentAuthConnectionLocator(Lazy, AdditionalProperties[Any]):
    """References an environment variable of type 'auth_connection' by label.
    At runtime, resolves to the auth connection for the current environment,
    falling back to the default environment.

    """

    env_var_label: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("env_var_label", "env_var_label", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
