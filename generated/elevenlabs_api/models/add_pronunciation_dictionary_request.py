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
    literal,
    union,
)
from ..models._literals import (
    AddPronunciationDictionaryRequestWorkspaceAccessType0,
)
from ..types import UNSET, File, Unset


@_attrs_define(slots=False)
class AddPronunciationDictionaryRequest(Lazy, AdditionalProperties[Any]):
    """Attributes:
    name: The name of the pronunciation dictionary, used for identification only.
    file: A lexicon .pls file which we will use to initialize the project with.
    description: A description of the pronunciation dictionary, used for identification only.
    workspace_access: Should be one of 'admin', 'editor' or 'viewer'. If not provided, defaults to no access.
    """

    name: str

    file: File | None | Unset = UNSET

    description: None | str | Unset = UNSET

    workspace_access: AddPronunciationDictionaryRequestWorkspaceAccessType0 | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", STR, required=True),
        Field("file", "file", union(FILE, NULL)),
        Field("description", "description", union(STR, NULL)),
        Field(
            "workspace_access",
            "workspace_access",
            union(literal("AddPronunciationDictionaryRequestWorkspaceAccessType0"), NULL),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.file, Unset):
            if isinstance(self.file, File):
                files.append(("file", self.file.to_tuple()))
            elif self.file is None:
                files.append(("file", (None, str(self.file).encode(), "text/plain")))

        if not isinstance(self.description, Unset):
            if isinstance(self.description, str) or self.description is None:
                files.append(("description", (None, str(self.description).encode(), "text/plain")))

        if not isinstance(self.workspace_access, Unset):
            if isinstance(self.workspace_access, str) or self.workspace_access is None:
                files.append(("workspace_access", (None, str(self.workspace_access).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files
