from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    INT,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    object_of,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class GetAgentTestFolderResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    folder_path: The path from the root folder to the current folder.
    children_count: The number of direct children (tests and subfolders) in this folder Defaults to 0 on the server.
    """

    id: str

    name: str

    folder_path: list[AgentTestFolderPathSegmentResponseModel] | Unset = UNSET

    children_count: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", STR, required=True),
        Field("name", "name", STR, required=True),
        Field("folder_path", "folder_path", list_of(object_of("AgentTestFolderPathSegmentResponseModel"))),
        Field("children_count", "children_count", INT),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_test_folder_path_segment_response_model import AgentTestFolderPathSegmentResponseModel
