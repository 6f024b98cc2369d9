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
class LlmListResponseModelInput(Lazy, AdditionalProperties[Any]):
    """Example:
        {'default_deprecation_config': {'fallback_complete_days': 7, 'fallback_complete_percentage': 100,
        'fallback_start_days': 14, 'fallback_start_percentage': 25, 'warning_start_days': 30}, 'llms':
        [{'is_checkpoint': False, 'llm': 'gemini-2.5-flash', 'max_context_limit': 1048576, 'max_tokens_limit': 8192,
        'supports_document_input': True, 'supports_image_input': True, 'supports_parallel_tool_calls': True}]}

    Attributes:
        llms: List of all available LLM models that can be used with agents.
        default_deprecation_config:  Example: {'fallback_complete_days': 7, 'fallback_complete_percentage': 100,
            'fallback_start_days': 14, 'fallback_start_percentage': 25, 'warning_start_days': 30}.
    """

    llms: list[LlmInfoModelInput]

    default_deprecation_config: LlmDeprecationConfigModel

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("llms", "llms", list_of(object_of("LlmInfoModelInput")), required=True),
        Field(
            "default_deprecation_config",
            "default_deprecation_config",
            object_of("LlmDeprecationConfigModel"),
            required=True,
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.llm_deprecation_config_model import LlmDeprecationConfigModel
from ..models.llm_info_model_input import LlmInfoModelInput
