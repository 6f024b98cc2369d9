from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    object_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ResubmitTestsRequestModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    test_run_ids: List of test run IDs to resubmit
    agent_id: Agent ID to resubmit tests for
    agent_config_override: Configuration overrides to use for testing. If not provided, the agent's default
        configuration will be used.
    branch_id: ID of the branch to run the tests on. If not provided, the tests will be run on the agent's main
        branch.
    """

    test_run_ids: list[str]

    agent_id: str

    agent_config_override: AdhocAgentConfigOverrideForTestRequestModel | None | Unset = UNSET

    branch_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("test_run_ids", "test_run_ids", list_of(STR), required=True),
        Field("agent_id", "agent_id", STR, required=True),
        Field(
            "agent_config_override",
            "agent_config_override",
            union(object_of("AdhocAgentConfigOverrideForTestRequestModel"), NULL),
        ),
        Field("branch_id", "branch_id", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.adhoc_agent_config_override_for_test_request_model import AdhocAgentConfigOverrideForTestRequestModel
