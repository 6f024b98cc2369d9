from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    object_of,
)


@_attrs_define(slots=False)
class GetAgentEmbedResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    widget_config:  Example: {'file_input_config': {'enabled': False, 'max_files_in_memory': 10,
        'max_files_per_conversation': 10}, 'first_message': 'Hello! How can I help you today?', 'language': 'en',
        'language_presets': {}, 'supported_language_overrides': ['es', 'fr'], 'supports_text_only': True, 'text_only':
        False, 'use_rtc': False}.
    """

    agent_id: str

    widget_config: WidgetConfigResponse

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("agent_id", "agent_id", STR, required=True),
        Field("widget_config", "widget_config", object_of("WidgetConfigResponse"), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.widget_config_response import WidgetConfigResponse
