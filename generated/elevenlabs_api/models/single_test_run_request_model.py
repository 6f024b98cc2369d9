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
    union,
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
