from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import WebhookUsageType
from ..types import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    literal,
    union,
)


@_attrs_define(slots=False)
class WorkspaceWebhookUsageResponseModel(Lazy, AdditionalProperties[Any]):
    usage_type: str | WebhookUsageType

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("usage_type", "usage_type", union(literal("WebhookUsageType"), STR), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
