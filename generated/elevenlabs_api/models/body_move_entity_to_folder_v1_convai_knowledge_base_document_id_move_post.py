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
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class BodyMoveEntityToFolderV1ConvaiKnowledgeBaseDocumentIdMovePost(Lazy, AdditionalProperties[Any]):
    """Attributes:
    move_to: The folder to move the entities to. If not set, the entities will be moved to the root folder.
    """

    move_to: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("move_to", "move_to", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
