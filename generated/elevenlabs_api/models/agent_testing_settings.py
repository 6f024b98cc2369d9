from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, NULL, STR, AdditionalProperties, Field, Lazy, dict_of, list_of, object_of, union
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class AgentTestingSettings(Lazy, AdditionalProperties[Any]):
    """Settings for agent testing configuration.

    Example:
        {'attached_tests': [{'environment': 'staging', 'test_id': 'test_123', 'workflow_node_id': 'node_abc'},
        {'test_id': 'test_456'}], 'referenced_tests_ids': ['test_123', 'test_456']}

    Attributes:
        attached_tests: List of test IDs that should be run for this agent
    """

    attached_tests: list[AttachedTestModel] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("attached_tests", "attached_tests", list_of(object_of("AttachedTestModel"))),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class AttachedTestModel(Lazy, AdditionalProperties[Any]):
    test_id: str

    workflow_node_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("test_id", "test_id", STR, required=True),
        Field("workflow_node_id", "workflow_node_id", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
