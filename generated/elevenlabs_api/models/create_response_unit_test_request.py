from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)
from ..models._literals import ConversationInitiationSource
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class CreateResponseUnitTestRequest(Lazy, AdditionalProperties[Any]):
    """Attributes:
    from_conversation_metadata: Metadata of a conversation this test was created from (if applicable).
    dynamic_variables: Dynamic variables to replace in the agent config during testing
    conversation_initiation_source: Simulate the test as if the conversation originated from this channel.
    environment: The environment to resolve environment-specific variable values against when running this test
        (URL, headers, auth connections). If not provided, defaults to 'production'. For simulation tests,
        simulation_environment takes precedence when set.
    type_:  Default: 'llm'.
    success_condition: A prompt that evaluates whether the agent's response is successful. Should return True or
        False. Defaults to empty on the server.
    success_examples: Non-empty list of example responses that should be considered successful
    failure_examples: Non-empty list of example responses that should be considered failures
    parent_folder_id: The ID of the parent folder. If not provided, the test will be created at the root level.
    """

    name: str

    from_conversation_metadata: None | TestFromConversationMetadataInput | Unset = UNSET

    dynamic_variables: CreateResponseUnitTestRequestDynamicVariables | Unset = UNSET

    chat_history: list[ConversationHistoryTranscriptCommonModelInput] | Unset = UNSET

    conversation_initiation_source: ConversationInitiationSource | None | Unset = UNSET

    environment: None | str | Unset = UNSET

    type_: Literal["llm"] | Unset = _attrs_field(
        default="llm",
        kw_only=True,
        alias="type",
        validator=types.tag("CreateResponseUnitTestRequest", "type", "llm"),
    )

    success_condition: str | Unset = UNSET

    success_examples: list[AgentSuccessfulResponseExample] | Unset = UNSET

    failure_examples: list[AgentFailureResponseExample] | Unset = UNSET

    parent_folder_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", STR, required=True),
        Field(
            "from_conversation_metadata",
            "from_conversation_metadata",
            union(object_of("TestFromConversationMetadataInput"), NULL),
        ),
        Field("dynamic_variables", "dynamic_variables", object_of("CreateResponseUnitTestRequestDynamicVariables")),
        Field("chat_history", "chat_history", list_of(object_of("ConversationHistoryTranscriptCommonModelInput"))),
        Field(
            "conversation_initiation_source",
            "conversation_initiation_source",
            union(literal("ConversationInitiationSource"), NULL),
        ),
        Field("environment", "environment", union(STR, NULL)),
        Field("type_", "type", const("llm")),
        Field("success_condition", "success_condition", STR),
        Field("success_examples", "success_examples", list_of(object_of("AgentSuccessfulResponseExample"))),
        Field("failure_examples", "failure_examples", list_of(object_of("AgentFailureResponseExample"))),
        Field("parent_folder_id", "parent_folder_id", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(CreateResponseUnitTestRequest, type_="type")


@_attrs_define(slots=False)
class CreateResponseUnitTestRequestDynamicVariables(Lazy, AdditionalProperties[Any]):
    """Dynamic variables to replace in the agent config during testing"""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(ANY)),)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_failure_response_example import AgentFailureResponseExample
from ..models.agent_successful_response_example import AgentSuccessfulResponseExample
from ..models.conversation_history_transcript_common_model_input import ConversationHistoryTranscriptCommonModelInput
from ..models.test_from_conversation_metadata_input import TestFromConversationMetadataInput
