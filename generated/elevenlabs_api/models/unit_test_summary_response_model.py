from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)
from ..models._literals import (
    AgentTestEntityType,
    ConversationInitiationSource,
    TestType,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class UnitTestSummaryResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    id: The ID of the test
    name: Name of the test
    created_at_unix_secs: Creation time of the test in unix seconds
    last_updated_at_unix_secs: Last update time of the test in unix seconds
    type_: Type of the test or entity
    access_info: The access information of the test
    entity_type: The type of entity (test or folder) Defaults to 'test' on the server.
    folder_parent_id: The ID of the parent folder
    folder_path: The folder path segments from root to this entity
    children_count: Number of direct children (tests and subfolders) for folders only
    conversation_initiation_source: Channel the test simulates the conversation as. Null for folders or default
        behavior.
    """

    id: str

    name: str

    created_at_unix_secs: int

    last_updated_at_unix_secs: int

    type_: str | TestType

    access_info: None | ResourceAccessInfo | Unset = UNSET

    entity_type: AgentTestEntityType | str | Unset = UNSET

    folder_parent_id: None | str | Unset = UNSET

    folder_path: list[AgentTestFolderPathSegmentResponseModel] | Unset = UNSET

    children_count: int | None | Unset = UNSET

    conversation_initiation_source: ConversationInitiationSource | None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", STR, required=True),
        Field("name", "name", STR, required=True),
        Field("created_at_unix_secs", "created_at_unix_secs", INT, required=True),
        Field("last_updated_at_unix_secs", "last_updated_at_unix_secs", INT, required=True),
        Field("type_", "type", union(literal("TestType"), STR), required=True),
        Field("access_info", "access_info", union(object_of("ResourceAccessInfo"), NULL)),
        Field("entity_type", "entity_type", union(literal("AgentTestEntityType"), STR)),
        Field("folder_parent_id", "folder_parent_id", union(STR, NULL)),
        Field("folder_path", "folder_path", list_of(object_of("AgentTestFolderPathSegmentResponseModel"))),
        Field("children_count", "children_count", union(INT, NULL)),
        Field(
            "conversation_initiation_source",
            "conversation_initiation_source",
            union(literal("ConversationInitiationSource"), NULL, STR),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_test_folder_path_segment_response_model import AgentTestFolderPathSegmentResponseModel
from ..models.resource_access_info import ResourceAccessInfo
