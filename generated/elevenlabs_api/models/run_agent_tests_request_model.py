from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, INT, NULL, STR, AdditionalProperties, Field, Lazy, dict_of, list_of, object_of, union
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class RunAgentTestsRequestModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    tests: List of tests to run on the agent
    agent_config_override: Configuration overrides to use for testing. If not provided, the agent's default
        configuration will be used.
    branch_id: ID of the branch to run the tests on. If not provided, the tests will be run on the agent's main
        branch.
    repeat_count: Number of times to run each test. When greater than 1, results are grouped and summarized.
        Defaults to 1 on the server.
    """

    tests: list[SingleTestRunRequestModel]

    agent_config_override: AdhocAgentConfigOverrideForTestRequestModel | None | Unset = UNSET

    branch_id: None | str | Unset = UNSET

    repeat_count: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("tests", "tests", list_of(object_of("SingleTestRunRequestModel")), required=True),
        Field(
            "agent_config_override",
            "agent_config_override",
            union(object_of("AdhocAgentConfigOverrideForTestRequestModel"), NULL),
        ),
        Field("branch_id", "branch_id", union(STR, NULL)),
        Field("repeat_count", "repeat_count", INT),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class SingleTestRunRequestModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    test_id: ID of the test to run
    workflow_node_id: ID of the workflow node to run the test on. If not provided, the test will be run on the
        agent's default workflow node.
    root_folder_id: ID of the root folder to run the test on. If not provided, the test will be run on the agent's
        default folder.
    root_folder_name: Name of the root folder to run the test on. If not provided, the test will be run on the
        agent's default folder.
    """

    test_id: str

    workflow_node_id: None | str | Unset = UNSET

    root_folder_id: None | str | Unset = UNSET

    root_folder_name: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("test_id", "test_id", STR, required=True),
        Field("workflow_node_id", "workflow_node_id", union(STR, NULL)),
        Field("root_folder_id", "root_folder_id", union(STR, NULL)),
        Field("root_folder_name", "root_folder_name", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.adhoc_agent_config_override_for_test_request_model import AdhocAgentConfigOverrideForTestRequestModel
