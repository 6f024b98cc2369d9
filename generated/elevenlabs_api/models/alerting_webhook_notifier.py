from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    const,
    dict_of,
)


@_attrs_define(slots=False)
class AlertingWebhookNotifier(Lazy, AdditionalProperties[Any]):
    """Attributes:
    webhook_id: ID of the workspace webhook to deliver alert lifecycle notifications to.
    type_:  Default: 'webhook'.
    """

    webhook_id: str

    type_: Literal["webhook"] | Unset = _attrs_field(
        default="webhook",
        kw_only=True,
        alias="type",
        validator=types.tag("AlertingWebhookNotifier", "type", "webhook"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("webhook_id", "webhook_id", STR, required=True),
        Field("type_", "type", const("webhook")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(AlertingWebhookNotifier, type_="type")
