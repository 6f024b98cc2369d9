from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import TestRunStatus
from ..types import (
    ANY,
    INT,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)


@_attrs_define(slots=False)
class UnitTestRunResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    test_name: Defaults to 'Unknown Test' on the server.
    """

    test_run_id: str

    test_invocation_id: str

    agent_id: str

    status: str | TestRunStatus

    test_id: str

    test_info: None | ResponseUnitTestModel | SimulationTestModel | ToolCallUnitTestModel | UnknownVariant | Unset = (
        UNSET
    )

    branch_id: None | str | Unset = UNSET

    workflow_node_id: None | str | Unset = UNSET

    agent_responses: list[ConversationHistoryTranscriptCommonModelOutput] | None | Unset = UNSET

    test_name: str | Unset = UNSET

    condition_result: None | TestConditionResultCommonModel | Unset = UNSET

    last_updated_at_unix: int | Unset = UNSET

    metadata: None | TestRunMetadata | Unset = UNSET

    root_folder_id: None | str | Unset = UNSET

    root_folder_name: None | str | Unset = UNSET

    environment: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("test_run_id", "test_run_id", STR, required=True),
        Field("test_invocation_id", "test_invocation_id", STR, required=True),
        Field("agent_id", "agent_id", STR, required=True),
        Field("status", "status", union(literal("TestRunStatus"), STR), required=True),
        Field("test_id", "test_id", STR, required=True),
        Field(
            "test_info",
            "test_info",
            union(
                object_of("ResponseUnitTestModel"),
                object_of("ToolCallUnitTestModel"),
                object_of("SimulationTestModel"),
                object_of("UnknownVariant"),
                NULL,
            ),
        ),
        Field("branch_id", "branch_id", union(STR, NULL)),
        Field("workflow_node_id", "workflow_node_id", union(STR, NULL)),
        Field(
            "agent_responses",
            "agent_responses",
            union(list_of(object_of("ConversationHistoryTranscriptCommonModelOutput")), NULL),
        ),
        Field("test_name", "test_name", STR),
        Field("condition_result", "condition_result", union(object_of("TestConditionResultCommonModel"), NULL)),
        Field("last_updated_at_unix", "last_updated_at_unix", INT),
        Field("metadata", "metadata", union(object_of("TestRunMetadata"), NULL)),
        Field("root_folder_id", "root_folder_id", union(STR, NULL)),
        Field("root_folder_name", "root_folder_name", union(STR, NULL)),
        Field("environment", "environment", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_history_transcript_common_model_output import ConversationHistoryTranscriptCommonModelOutput
from ..models.response_unit_test_model import ResponseUnitTestModel
from ..models.simulation_test_model import SimulationTestModel
from ..models.test_condition_result_common_model import TestConditionResultCommonModel
from ..models.test_run_metadata import TestRunMetadata
from ..models.tool_call_unit_test_model import ToolCallUnitTestModel
from ..models.unknown_variant import UnknownVariant
