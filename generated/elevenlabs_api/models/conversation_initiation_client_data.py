from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import ANY, BOOL, FLOAT, INT, STR, AdditionalProperties, Field, Lazy, const, dict_of, object_of, union
from ..types import UNSET, Unset


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


@_attrs_define(slots=False)
class ConversationInitiationClientDataConversationConfigOverride(Lazy, AdditionalProperties[Any]):
    """Override settings for conversation behavior

    Attributes:
        agent: Configuration for the AI agent's behavior
        tts: Text-to-speech configuration
    """

    agent: ConversationInitiationClientDataConversationConfigOverrideAgent | Unset = UNSET

    tts: ConversationInitiationClientDataConversationConfigOverrideTts | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("agent", "agent", object_of("ConversationInitiationClientDataConversationConfigOverrideAgent")),
        Field("tts", "tts", object_of("ConversationInitiationClientDataConversationConfigOverrideTts")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ConversationInitiationClientDataConversationConfigOverrideAgent(Lazy, AdditionalProperties[Any]):
    """Configuration for the AI agent's behavior

    Attributes:
        prompt: System prompt configuration
        first_message: Initial message the agent should use to start the conversation.
        language: Preferred language code for the conversation.
    """

    prompt: ConversationInitiationClientDataConversationConfigOverrideAgentPrompt | Unset = UNSET

    first_message: str | Unset = UNSET

    language: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("prompt", "prompt", object_of("ConversationInitiationClientDataConversationConfigOverrideAgentPrompt")),
        Field("first_message", "first_message", STR),
        Field("language", "language", STR),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ConversationInitiationClientDataConversationConfigOverrideAgentPrompt(Lazy, AdditionalProperties[Any]):
    """System prompt configuration

    Attributes:
        prompt: Custom system prompt to guide agent behavior.
    """

    prompt: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("prompt", "prompt", STR),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ConversationInitiationClientDataConversationConfigOverrideTts(Lazy, AdditionalProperties[Any]):
    """Text-to-speech configuration

    Attributes:
        voice_id: ID of the voice to use for text-to-speech synthesis.
    """

    voice_id: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("voice_id", "voice_id", STR),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ConversationInitiationClientDataCustomLlmExtraBody(Lazy, AdditionalProperties[Any]):
    """Additional LLM configuration parameters

    Attributes:
        temperature: Temperature parameter controlling response randomness.
        max_tokens: Maximum number of tokens allowed in LLM responses.
    """

    temperature: float | Unset = UNSET

    max_tokens: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("temperature", "temperature", FLOAT),
        Field("max_tokens", "max_tokens", INT),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ConversationInitiationClientDataDynamicVariables(Lazy, AdditionalProperties["bool | float | int | str"]):
    """Dictionary of dynamic variables to be used in the conversation. Keys are the dynamic variable names which must be
    strings, values can be strings, numbers, integers, or booleans.

    """

    additional_properties: dict[str, bool | float | int | str] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("additional_properties", None, dict_of(union(STR, FLOAT, INT, BOOL))),
    )


@_attrs_define(slots=False)
class ConversationInitiationClientDataSourceInfo(Lazy, AdditionalProperties[Any]):
    """Which client library opened the conversation.

    Attributes:
        source: The client library's name.
        version: The client library's version.
    """

    source: str | Unset = UNSET

    version: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("source", "source", STR),
        Field("version", "version", STR),
        Field("additional_properties", None, dict_of(ANY)),
    )
