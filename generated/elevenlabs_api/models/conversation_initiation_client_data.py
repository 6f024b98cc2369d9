from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    ANY,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    const,
    dict_of,
    object_of,
)


@_attrs_define(slots=False)
class ConversationInitiationClientData(Lazy, AdditionalProperties[Any]):
    """Schema for client-provided conversation configuration

    Attributes:
        conversation_config_override: Override settings for conversation behavior
        custom_llm_extra_body: Additional LLM configuration parameters
        dynamic_variables: Dictionary of dynamic variables to be used in the conversation. Keys are the dynamic variable
            names which must be strings, values can be strings, numbers, integers, or booleans.
        user_id: Your identifier for the user of this conversation.
        source_info: Which client library opened the conversation.
    """

    type_: Literal["conversation_initiation_client_data"] = _attrs_field(
        default="conversation_initiation_client_data",
        kw_only=True,
        alias="type",
        validator=types.tag("ConversationInitiationClientData", "type", "conversation_initiation_client_data"),
    )

    conversation_config_override: ConversationInitiationClientDataConversationConfigOverride | Unset = UNSET

    custom_llm_extra_body: ConversationInitiationClientDataCustomLlmExtraBody | Unset = UNSET

    dynamic_variables: ConversationInitiationClientDataDynamicVariables | Unset = UNSET

    user_id: str | Unset = UNSET

    source_info: ConversationInitiationClientDataSourceInfo | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("conversation_initiation_client_data"), required=True),
        Field(
            "conversation_config_override",
            "conversation_config_override",
            object_of("ConversationInitiationClientDataConversationConfigOverride"),
        ),
        Field(
            "custom_llm_extra_body",
            "custom_llm_extra_body",
            object_of("ConversationInitiationClientDataCustomLlmExtraBody"),
        ),
        Field("dynamic_variables", "dynamic_variables", object_of("ConversationInitiationClientDataDynamicVariables")),
        Field("user_id", "user_id", STR),
        Field("source_info", "source_info", object_of("ConversationInitiationClientDataSourceInfo")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ConversationInitiationClientData, type_="type")


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_initiation_client_data_conversation_config_override import (
    ConversationInitiationClientDataConversationConfigOverride,
)
from ..models.conversation_initiation_client_data_custom_llm_extra_body import (
    ConversationInitiationClientDataCustomLlmExtraBody,
)
from ..models.conversation_initiation_client_data_dynamic_variables import (
    ConversationInitiationClientDataDynamicVariables,
)
from ..models.conversation_initiation_client_data_source_info import ConversationInitiationClientDataSourceInfo
