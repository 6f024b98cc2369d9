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
    list_of,
    literal,
    union,
)
from ..models._literals import (
    BodyCreateMusicFinetuneV1MusicFinetunesPostVisibilityType0,
    MusicModelId,
)
from ..types import UNSET, File, Unset


@_attrs_define(slots=False)
class BodyCreateMusicFinetuneV1MusicFinetunesPost(Lazy, AdditionalProperties[Any]):
    """Attributes:
    name: Name for the finetune (5-200 characters).
    primary_genre: Primary musical genre of the finetune.
    files: Audio files to train on. Defaults to [] on the server.
    tags: Tags to associate with the finetune. Defaults to [] on the server.
    visibility: Finetune visibility. Only 'private' and 'workspace' can be set.
    """

    name: str

    primary_genre: str

    files: list[File] | Unset = UNSET

    tags: list[str] | Unset = UNSET

    visibility: BodyCreateMusicFinetuneV1MusicFinetunesPostVisibilityType0 | None | Unset = UNSET

    model_id: MusicModelId | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", STR, required=True),
        Field("primary_genre", "primary_genre", STR, required=True),
        Field("files", "files", list_of(FILE)),
        Field("tags", "tags", list_of(STR)),
        Field(
            "visibility",
            "visibility",
            union(literal("BodyCreateMusicFinetuneV1MusicFinetunesPostVisibilityType0"), NULL),
        ),
        Field("model_id", "model_id", literal("MusicModelId")),
        Field("additional_properties", None, dict_of(ANY)),
    )

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        files.append(("primary_genre", (None, str(self.primary_genre).encode(), "text/plain")))

        if not isinstance(self.files, Unset):
            for files_item_element in self.files:
                files.append(("files", files_item_element.to_tuple()))

        if not isinstance(self.tags, Unset):
            for tags_item_element in self.tags:
                files.append(("tags", (None, str(tags_item_element).encode(), "text/plain")))

        if not isinstance(self.visibility, Unset):
            if isinstance(self.visibility, str) or self.visibility is None:
                files.append(("visibility", (None, str(self.visibility).encode(), "text/plain")))

        if not isinstance(self.model_id, Unset):
            files.append(("model_id", (None, str(self.model_id).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files
