from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import ANY, NULL, STR, AdditionalProperties, Field, Lazy, const, dict_of, object_of, union
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class BodyCreateWorkspaceWebhookV1WorkspaceWebhooksPost(Lazy, AdditionalProperties[Any]):
    """Attributes:
    settings: Settings for creating an HMAC-authenticated webhook
    """

    settings: WebhookHmacSettings

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("settings", "settings", object_of("WebhookHmacSettings"), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class WebhookHmacSettings(Lazy, AdditionalProperties[Any]):
    """Settings for creating an HMAC-authenticated webhook

    Attributes:
        auth_type: The authentication type for this webhook
        name: The display name for this webhook
        webhook_url: The HTTPS callback URL that will be called when this webhook is triggered
        request_headers: Optional custom request headers to include with each webhook delivery
    """

    auth_type: Literal["hmac"] = _attrs_field(
        default="hmac",
        kw_only=True,
        validator=types.tag("WebhookHmacSettings", "auth_type", "hmac"),
    )

    name: str

    webhook_url: str

    request_headers: None | Unset | WebhookHmacSettingsRequestHeadersType0 = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("auth_type", "auth_type", const("hmac"), required=True),
        Field("name", "name", STR, required=True),
        Field("webhook_url", "webhook_url", STR, required=True),
        Field("request_headers", "request_headers", union(object_of("WebhookHmacSettingsRequestHeadersType0"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class WebhookHmacSettingsRequestHeadersType0(Lazy, AdditionalProperties["str"]):
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(STR)),)
