from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    list_of,
)
from ..types import Unset


@_attrs_define(slots=False)
class WebhookTargetIds(Lazy, AdditionalProperties[Any]):
    """Deliver the result to specific configured flows webhooks.

    Attributes:
        ids: The IDs of the workspace flows webhooks to deliver the result to. Each must be one of the workspace's
            configured flows webhooks.
        type_: Send the result to the listed flows webhooks. Default: 'ids'.
    """

    ids: list[str]

    type_: Literal["ids"] | Unset = _attrs_field(
        default="ids",
        kw_only=True,
        alias="type",
        validator=types.tag("WebhookTargetIds", "type", "ids"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("ids", "ids", list_of(STR), required=True),
        Field("type_", "type", const("ids")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(WebhookTargetIds, type_="type")
