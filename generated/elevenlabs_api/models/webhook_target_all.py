from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
)
from ..types import Unset


@_attrs_define(slots=False)
class WebhookTargetAll(Lazy, AdditionalProperties[Any]):
    """Deliver the result to all of the workspace's configured flows webhooks.

    Attributes:
        type_: Send the result to all of the workspace's configured flows webhooks. Default: 'all'.
    """

    type_: Literal["all"] | Unset = _attrs_field(
        default="all",
        kw_only=True,
        alias="type",
        validator=types.tag("WebhookTargetAll", "type", "all"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("all")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(WebhookTargetAll, type_="type")
