from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    INT,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)


@_attrs_define(slots=False)
class AgentMetadataResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    created_at_unix_secs: The creation time of the agent in unix seconds
    updated_at_unix_secs: The last update time of the agent in unix seconds
    """

    created_at_unix_secs: int

    updated_at_unix_secs: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("created_at_unix_secs", "created_at_unix_secs", INT, required=True),
        Field("updated_at_unix_secs", "updated_at_unix_secs", INT, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
