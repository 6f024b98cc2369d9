from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    FILE,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    union,
)
from ..types import UNSET, File, Unset


@_attrs_define(slots=False)
class BodyCreateFileDocumentV1ConvaiKnowledgeBaseFilePost(Lazy, AdditionalProperties[Any]):
    """Attributes:
    file: Documentation that the agent will have access to in order to interact with users.
    name: A custom, human-readable name for the document.
    parent_folder_id: If set, the created document or folder will be placed inside the given folder.
    """

    file: File

    name: None | str | Unset = UNSET

    parent_folder_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("file", "file", FILE, required=True),
        Field("name", "name", union(STR, NULL)),
        Field("parent_folder_id", "parent_folder_id", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.name, Unset):
            if isinstance(self.name, str) or self.name is None:
                files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.parent_folder_id, Unset):
            if isinstance(self.parent_folder_id, str) or self.parent_folder_id is None:
                files.append(("parent_folder_id", (None, str(self.parent_folder_id).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files
