from __future__ import annotations

from typing import ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    object_of,
)


@_attrs_define(slots=False)
class WorkspaceGroupsListResponseGetAllGroupsV1WorkspaceGroupsGet(
    Lazy, AdditionalProperties["WorkspaceGroupResponseModel"]
):
    additional_properties: dict[str, WorkspaceGroupResponseModel] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("additional_properties", None, dict_of(object_of("WorkspaceGroupResponseModel"))),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.workspace_group_response_model import WorkspaceGroupResponseModel
