from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    BOOL,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)
from ..models._literals import AlertingWebhookMethod
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class InternalAlertingWebhookNotifier(Lazy, AdditionalProperties[Any]):
    """Attributes:
    url: The URL to send alert lifecycle notifications to.
    type_:  Default: 'webhook'.
    headers: Custom request headers sent with every notification. Secret header values are encrypted at rest and
        never returned by the API.
    """

    url: str

    type_: Literal["webhook"] | Unset = _attrs_field(
        default="webhook",
        kw_only=True,
        alias="type",
        validator=types.tag("InternalAlertingWebhookNotifier", "type", "webhook"),
    )

    method: AlertingWebhookMethod | Unset = UNSET

    headers: list[AlertingWebhookHeader] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("url", "url", STR, required=True),
        Field("type_", "type", const("webhook")),
        Field("method", "method", literal("AlertingWebhookMethod")),
        Field("headers", "headers", list_of(object_of("AlertingWebhookHeader"))),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(InternalAlertingWebhookNotifier, type_="type")


@_attrs_define(slots=False)
class AlertingWebhookHeader(Lazy, AdditionalProperties[Any]):
    """Attributes:
    is_secret: Defaults to False on the server.
    value: Header value. May be null only for a secret header on update.
    """

    name: str

    is_secret: bool | Unset = UNSET

    value: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", STR, required=True),
        Field("is_secret", "is_secret", BOOL),
        Field("value", "value", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
