from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    object_of,
)


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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.workspace_webhook_response_model import WorkspaceWebhookResponseModel
