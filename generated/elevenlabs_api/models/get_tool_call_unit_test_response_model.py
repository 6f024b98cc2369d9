from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    BOOL,
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
class GetToolCallUnitTestResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    from_conversation_metadata: Metadata of a conversation this test was created from (if applicable).
    dynamic_variables: Dynamic variables to replace in the agent config during testing
    conversation_initiation_source: Simulate the test as if the conversation originated from this channel.
    environment: The environment to resolve environment-specific variable values against when running this test
        (URL, headers, auth connections). If not provided, defaults to 'production'. For simulation tests,
        simulation_environment takes precedence when set.
    type_:  Default: 'tool'.
    tool_call_parameters: How to evaluate the agent's tool call (if any). If empty, the tool call is not evaluated.
    check_any_tool_matches: If set to True this test will pass if any tool call returned by the LLM matches the
        criteria. Otherwise it will fail if more than one tool is returned by the agent.
    """

    id: str

    name: str

    from_conversation_metadata: None | TestFromConversationMetadataOutput | Unset = UNSET

    dynamic_variables: GetToolCallUnitTestResponseModelDynamicVariables | Unset = UNSET

    chat_history: list[ConversationHistoryTranscriptCommonModelOutput] | Unset = UNSET

    conversation_initiation_source: ConversationInitiationSource | None | str | Unset = UNSET

    environment: None | str | Unset = UNSET

    type_: Literal["tool"] | Unset = _attrs_field(
        default="tool",
        kw_only=True,
        alias="type",
        validator=types.tag("GetToolCallUnitTestResponseModel", "type", "tool"),
    )

    tool_call_parameters: None | UnitTestToolCallEvaluationModelOutput | Unset = UNSET

    check_any_tool_matches: bool | None | Unset = UNSET

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
        Field("dynamic_variables", "dynamic_variables", object_of("GetToolCallUnitTestResponseModelDynamicVariables")),
        Field("chat_history", "chat_history", list_of(object_of("ConversationHistoryTranscriptCommonModelOutput"))),
        Field(
            "conversation_initiation_source",
            "conversation_initiation_source",
            union(literal("ConversationInitiationSource"), NULL, STR),
        ),
        Field("environment", "environment", union(STR, NULL)),
        Field("type_", "type", const("tool")),
        Field(
            "tool_call_parameters",
            "tool_call_parameters",
            union(object_of("UnitTestToolCallEvaluationModelOutput"), NULL),
        ),
        Field("check_any_tool_matches", "check_any_tool_matches", union(BOOL, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(GetToolCallUnitTestResponseModel, type_="type")


@_attrs_define(slots=False)
class GetToolCallUnitTestResponseModelDynamicVariables(Lazy, AdditionalProperties[Any]):
    """Dynamic variables to replace in the agent config during testing"""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(ANY)),)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_history_transcript_common_model_output import ConversationHistoryTranscriptCommonModelOutput
from ..models.test_from_conversation_metadata_output import TestFromConversationMetadataOutput
from ..models.unit_test_tool_call_evaluation_model_output import UnitTestToolCallEvaluationModelOutput
