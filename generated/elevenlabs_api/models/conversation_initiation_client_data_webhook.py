from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, STR, AdditionalProperties, Field, Lazy, dict_of, object_of, union


@_attrs_define(slots=False)
class ConversationInitiationClientDataWebhook(Lazy, AdditionalProperties[Any]):
    """Example:
        {'request_headers': {'Content-Type': 'application/json'}, 'url': 'https://example.com/webhook'}

    Attributes:
        url: The URL to send the webhook to
        request_headers: The headers to send with the webhook request
    """

    url: str

    request_headers: ConversationInitiationClientDataWebhookRequestHeaders

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("url", "url", STR, required=True),
        Field(
            "request_headers",
            "request_headers",
            object_of("ConversationInitiationClientDataWebhookRequestHeaders"),
            required=True,
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ConversationInitiationClientDataWebhookRequestHeaders(Lazy, AdditionalProperties["ConvAiSecretLocator | str"]):
    """The headers to send with the webhook request"""

    additional_properties: dict[str, ConvAiSecretLocator | str] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("additional_properties", None, dict_of(union(STR, object_of("ConvAiSecretLocator")))),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conv_ai_secret_locator import ConvAiSecretLocator
