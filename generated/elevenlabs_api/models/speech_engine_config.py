from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, STR, AdditionalProperties, Field, Lazy, dict_of, object_of, union
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class SpeechEngineConfig(Lazy, AdditionalProperties[Any]):
    """Attributes:
    ws_url: The WebSocket URL for the transcript server
    request_headers: Headers to include in the WebSocket connection request
    """

    ws_url: str

    request_headers: SpeechEngineConfigRequestHeaders | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("ws_url", "ws_url", STR, required=True),
        Field("request_headers", "request_headers", object_of("SpeechEngineConfigRequestHeaders")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class SpeechEngineConfigRequestHeaders(Lazy, AdditionalProperties["ConvAiDynamicVariable | ConvAiSecretLocator | str"]):
    """Headers to include in the WebSocket connection request"""

    additional_properties: dict[str, ConvAiDynamicVariable | ConvAiSecretLocator | str] = _attrs_field(
        init=False, factory=dict
    )

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "additional_properties",
            None,
            dict_of(union(STR, object_of("ConvAiSecretLocator"), object_of("ConvAiDynamicVariable"))),
        ),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conv_ai_dynamic_variable import ConvAiDynamicVariable
from ..models.conv_ai_secret_locator import ConvAiSecretLocator
