from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    FLOAT,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    literal,
    union,
)
from ..models._literals import (
    ProjectCreationMetaResponseModelStatusType0,
    ProjectCreationMetaType,
)


@_attrs_define(slots=False)
class ProjectCreationMetaResponseModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'creation_progress': 0.5, 'status': 'pending', 'type': 'blank'}

    Attributes:
        creation_progress: The progress of the project creation.
        status: The status of the project creation action.
        type_: The type of the project creation action.
    """

    creation_progress: float

    status: ProjectCreationMetaResponseModelStatusType0 | str

    type_: ProjectCreationMetaType | str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("creation_progress", "creation_progress", FLOAT, required=True),
        Field("status", "status", union(literal("ProjectCreationMetaResponseModelStatusType0"), STR), required=True),
        Field("type_", "type", union(literal("ProjectCreationMetaType"), STR), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
