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
class GetResponseUnitTestResponseModel(Lazy, AdditionalProperties[Any]):
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
    """

    id: str

    name: str

    from_conversation_metadata: None | TestFromConversationMetadataOutput | Unset = UNSET

    dynamic_variables: GetResponseUnitTestResponseModelDynamicVariables | Unset = UNSET

    chat_history: list[ConversationHistoryTranscriptCommonModelOutput] | Unset = UNSET

    conversation_initiation_source: ConversationInitiationSource | None | str | Unset = UNSET

    environment: None | str | Unset = UNSET

    type_: Literal["llm"] | Unset = _attrs_field(
        default="llm",
        kw_only=True,
        alias="type",
        validator=types.tag("GetResponseUnitTestResponseModel", "type", "llm"),
    )

    success_condition: str | Unset = UNSET

    success_examples: list[AgentSuccessfulResponseExample] | Unset = UNSET

    failure_examples: list[AgentFailureResponseExample] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", STR, required=True),
        Field("name", "name", STR, required=True),
        Field(
            "from_conversation_metadata",
            "from_conversation_metadata",
            union(object_of("TestFromConversationMetadataOutput"), NULL),
        ),
        Field("dynamic_variables", "dynamic_variables", object_of("GetResponseUnitTestResponseModelDynamicVariables")),
        Field("chat_history", "chat_history", list_of(object_of("ConversationHistoryTranscriptCommonModelOutput"))),
        Field(
            "conversation_initiation_source",
            "conversation_initiation_source",
            union(literal("ConversationInitiationSource"), NULL, STR),
        ),
        Field("environment", "environment", union(STR, NULL)),
        Field("type_", "type", const("llm")),
        Field("success_condition", "success_condition", STR),
        Field("success_examples", "success_examples", list_of(object_of("AgentSuccessfulResponseExample"))),
        Field("failure_examples", "failure_examples", list_of(object_of("AgentFailureResponseExample"))),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(GetResponseUnitTestResponseModel, type_="type")


@_attrs_define(slots=False)
class GetResponseUnitTestResponseModelDynamicVariables(Lazy, AdditionalProperties[Any]):
    """Dynamic variables to replace in the agent config during testing"""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(ANY)),)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_failure_response_example import AgentFailureResponseExample
from ..models.agent_successful_response_example import AgentSuccessfulResponseExample
from ..models.conversation_history_transcript_common_model_output import ConversationHistoryTranscriptCommonModelOutput
from ..models.test_from_conversation_metadata_output import TestFromConversationMetadataOutput
