from __future__ import annotations

from typing import ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    object_of,
    union,
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
