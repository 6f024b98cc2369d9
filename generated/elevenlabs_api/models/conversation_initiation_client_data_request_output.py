from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    object_of,
    union,
)


@_attrs_define(slots=False)
class ConversationInitiationClientDataRequestOutput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    user_id: ID of the end user participating in this conversation (for agent owner's user identification)
    """

    conversation_config_override: ConversationConfigClientOverrideOutput | Unset = UNSET

    custom_llm_extra_body: ConversationInitiationClientDataRequestOutputCustomLlmExtraBody | Unset = UNSET

    user_id: None | str | Unset = UNSET

    source_info: ConversationInitiationSourceInfo | Unset = UNSET

    dynamic_variables: ConversationInitiationClientDataRequestOutputDynamicVariables | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "conversation_config_override",
            "conversation_config_override",
            object_of("ConversationConfigClientOverrideOutput"),
        ),
        Field(
            "custom_llm_extra_body",
            "custom_llm_extra_body",
            object_of("ConversationInitiationClientDataRequestOutputCustomLlmExtraBody"),
        ),
        Field("user_id", "user_id", union(STR, NULL)),
        Field("source_info", "source_info", object_of("ConversationInitiationSourceInfo")),
        Field(
            "dynamic_variables",
            "dynamic_variables",
            object_of("ConversationInitiationClientDataRequestOutputDynamicVariables"),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_config_client_override_output import ConversationConfigClientOverrideOutput
from ..models.conversation_initiation_client_data_request_output_custom_llm_extra_body import (
    ConversationInitiationClientDataRequestOutputCustomLlmExtraBody,
)
from ..models.conversation_initiation_client_data_request_output_dynamic_variables import (
    ConversationInitiationClientDataRequestOutputDynamicVariables,
)
from ..models.conversation_initiation_source_info import ConversationInitiationSourceInfo
