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
from ..models._literals import Llm, LlmReasoningEffort
from ..types import UNSET, Unset


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


@_attrs_define(slots=False)
class LlmInfoModelInput(Lazy, AdditionalProperties[Any]):
    """Example:
        {'is_checkpoint': False, 'llm': 'gemini-2.5-flash', 'max_context_limit': 1048576, 'max_tokens_limit': 8192,
        'supports_document_input': True, 'supports_image_input': True, 'supports_parallel_tool_calls': True}

    Attributes:
        llm: The model identifier.
        is_checkpoint: Whether this is a pinned checkpoint version of a model rather than a top-level alias.
        max_tokens_limit: Maximum number of output tokens the model can generate.
        max_context_limit: Maximum number of input context tokens the model supports.
        supports_image_input: Whether the model supports image file inputs during conversations.
        supports_document_input: Whether the model supports document (PDF) file inputs during conversations.
        supports_parallel_tool_calls: Whether the model supports calling multiple tools in parallel.
        available_reasoning_efforts: Available reasoning effort levels for this model. Null if the model does not
            support configurable reasoning.
        deprecation_info: Deprecation information if this model is deprecated or scheduled for deprecation. Null if the
            model is not affected.
        regional_processing_surcharge: Regional processing surcharge details if this model has additional costs in the
            current deployment region. Null if no surcharge applies.
    """

    llm: Llm | str

    is_checkpoint: bool

    max_tokens_limit: int

    max_context_limit: int

    supports_image_input: bool

    supports_document_input: bool

    supports_parallel_tool_calls: bool

    available_reasoning_efforts: list[LlmReasoningEffort | str] | None | Unset = UNSET

    deprecation_info: LlmDeprecationInfoModel | None | Unset = UNSET

    regional_processing_surcharge: None | RegionalProcessingSurchargeInfo | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("llm", "llm", union(literal("Llm"), STR), required=True),
        Field("is_checkpoint", "is_checkpoint", BOOL, required=True),
        Field("max_tokens_limit", "max_tokens_limit", INT, required=True),
        Field("max_context_limit", "max_context_limit", INT, required=True),
        Field("supports_image_input", "supports_image_input", BOOL, required=True),
        Field("supports_document_input", "supports_document_input", BOOL, required=True),
        Field("supports_parallel_tool_calls", "supports_parallel_tool_calls", BOOL, required=True),
        Field(
            "available_reasoning_efforts",
            "available_reasoning_efforts",
            union(list_of(union(literal("LlmReasoningEffort"), STR)), NULL),
        ),
        Field("deprecation_info", "deprecation_info", union(object_of("LlmDeprecationInfoModel"), NULL)),
        Field(
            "regional_processing_surcharge",
            "regional_processing_surcharge",
            union(object_of("RegionalProcessingSurchargeInfo"), NULL),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.llm_deprecation_config_model import LlmDeprecationConfigModel
from ..models.llm_deprecation_info_model import LlmDeprecationInfoModel
from ..models.regional_processing_surcharge_info import RegionalProcessingSurchargeInfo
