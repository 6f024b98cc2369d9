from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)
from ..models._literals import WebhookAuthMethodType, WebhookUsageType, WorkspaceWebhookEventType
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class WorkspaceWebhookListResponseModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'webhooks': [{'auth_type': 'hmac', 'created_at_unix': 123456789, 'is_auto_disabled': False, 'is_disabled':
        False, 'most_recent_failure_error_code': 404, 'most_recent_failure_timestamp': 123456799, 'name': 'My Webhook',
        'usage': [{'usage_type': 'ConvAI Settings'}], 'webhook_id': '123', 'webhook_url':
        'https://elevenlabs.io/example-callback-url'}]}

    Attributes:
        webhooks: List of webhooks currently configured for the workspace
    """

    webhooks: list[WorkspaceWebhookResponseModel]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("webhooks", "webhooks", list_of(object_of("WorkspaceWebhookResponseModel")), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class WorkspaceWebhookResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    name: The display name for this webhook.
    webhook_id: The unique ID for this webhook.
    webhook_url: The HTTPS callback URL that is called when this webhook is triggered in the platform.
    is_disabled: Whether the webhook has been manually disabled by a user.
    is_auto_disabled: Whether the webhook has been automatically disabled due to repeated consecutive failures over
        a long period of time.
    created_at_unix: Original creation time of the webhook.
    auth_type: The authentication mode used to secure the webhook.
    usage: The list of products that are currently configured to trigger this webhook.
    events: The workspace-level events this webhook is currently subscribed to. Only populated when usages are
        requested.
    most_recent_failure_error_code: The most recent error code returned from the callback URL.
    most_recent_failure_timestamp: The most recent time the webhook failed, failures are any non-200 codes returned
        by the callback URL.
    """

    name: str

    webhook_id: str

    webhook_url: str

    is_disabled: bool

    is_auto_disabled: bool

    created_at_unix: int

    auth_type: str | WebhookAuthMethodType

    usage: list[WorkspaceWebhookUsageResponseModel] | None | Unset = UNSET

    events: list[str | WorkspaceWebhookEventType] | None | Unset = UNSET

    most_recent_failure_error_code: int | None | Unset = UNSET

    most_recent_failure_timestamp: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", STR, required=True),
        Field("webhook_id", "webhook_id", STR, required=True),
        Field("webhook_url", "webhook_url", STR, required=True),
        Field("is_disabled", "is_disabled", BOOL, required=True),
        Field("is_auto_disabled", "is_auto_disabled", BOOL, required=True),
        Field("created_at_unix", "created_at_unix", INT, required=True),
        Field("auth_type", "auth_type", union(literal("WebhookAuthMethodType"), STR), required=True),
        Field("usage", "usage", union(list_of(object_of("WorkspaceWebhookUsageResponseModel")), NULL)),
        Field("events", "events", union(list_of(union(literal("WorkspaceWebhookEventType"), STR)), NULL)),
        Field("most_recent_failure_error_code", "most_recent_failure_error_code", union(INT, NULL)),
        Field("most_recent_failure_timestamp", "most_recent_failure_timestamp", union(INT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
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
