from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.body_create_music_finetune_v1_music_finetunes_post_visibility_type_0 import (
    BodyCreateMusicFinetuneV1MusicFinetunesPostVisibilityType0,
    check_body_create_music_finetune_v1_music_finetunes_post_visibility_type_0,
)
from ..models.music_model_id import MusicModelID, check_music_model_id
from ..types import (
    MISSING,
    UNSET,
    File,
    Unset,
    check_items,
    deviating_field,
    expect_array,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="BodyCreateMusicFinetuneV1MusicFinetunesPost")


@_attrs_define
class BodyCreateMusicFinetuneV1MusicFinetunesPost:
    """Attributes:
    name (str): Name for the finetune (5-200 characters).
    primary_genre (str): Primary musical genre of the finetune.
    files (list[File] | Unset): Audio files to train on.
    tags (list[str] | Unset): Tags to associate with the finetune.
    visibility (BodyCreateMusicFinetuneV1MusicFinetunesPostVisibilityType0 | None | Unset): Finetune visibility.
        Only 'private' and 'workspace' can be set.
    model_id (MusicModelID | Unset):
    """

    name: str

    primary_genre: str

    files: list[File] | Unset = UNSET

    tags: list[str] | Unset = UNSET

    visibility: BodyCreateMusicFinetuneV1MusicFinetunesPostVisibilityType0 | None | Unset = UNSET

    model_id: MusicModelID | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        primary_genre = self.primary_genre

        files: Any
        try:
            files = UNSET
            if not isinstance(self.files, Unset):
                files = []
                for files_item_data in self.files:
                    files_item = files_item_data.to_tuple()

                    files.append(files_item)

        except (AttributeError, TypeError):
            files = self.files

        tags: Any
        try:
            tags = UNSET
            if not isinstance(self.tags, Unset):
                tags = self.tags

        except (AttributeError, TypeError):
            tags = self.tags

        visibility: Any
        try:
            if isinstance(self.visibility, Unset):
                visibility = UNSET
            elif isinstance(self.visibility, str):
                visibility = self.visibility
            else:
                visibility = self.visibility

        except (AttributeError, TypeError):
            visibility = self.visibility

        model_id: Any
        try:
            model_id = UNSET
            if not isinstance(self.model_id, Unset):
                model_id = self.model_id

        except (AttributeError, TypeError):
            model_id = self.model_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if primary_genre is not None or "primary_genre" not in self._missing_fields:
            field_dict["primary_genre"] = primary_genre
        if files is not UNSET:
            field_dict["files"] = files
        if tags is not UNSET:
            field_dict["tags"] = tags
        if visibility is not UNSET:
            field_dict["visibility"] = visibility
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        return field_dict

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

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        name = d.pop("name", MISSING)
        if name.__class__ is not str:
            if name is MISSING:
                name = missing_field(cls, "name")
                _missing += ("name",)
            else:
                name = unexpected_type(cls, "name", name, "a string")

        primary_genre = d.pop("primary_genre", MISSING)
        if primary_genre.__class__ is not str:
            if primary_genre is MISSING:
                primary_genre = missing_field(cls, "primary_genre")
                _missing += ("primary_genre",)
            else:
                primary_genre = unexpected_type(cls, "primary_genre", primary_genre, "a string")

        files_raw = d.pop("files", UNSET)
        try:
            expect_array("files", files_raw)
            _files = files_raw
            files: list[File] | Unset = UNSET
            if _files is not UNSET:
                files = []
                for files_item_data in _files:
                    files_item = File(payload=BytesIO(files_item_data))

                    files.append(files_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            files = deviating_field(cls, "files", files_raw)

        tags = d.pop("tags", UNSET)
        if tags.__class__ is not list and tags is not UNSET:
            tags = unexpected_type(cls, "tags", tags, "an array")
        elif tags.__class__ is list and tags:
            check_items(cls, "tags", tags, (str,), "a string")

        visibility_raw = d.pop("visibility", UNSET)
        try:

            def _parse_visibility(
                data: object,
            ) -> BodyCreateMusicFinetuneV1MusicFinetunesPostVisibilityType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, str):
                    raise TypeError(f"got {type(data).__name__}")
                visibility_type_0 = check_body_create_music_finetune_v1_music_finetunes_post_visibility_type_0(data)

                return visibility_type_0

            visibility = _parse_visibility(visibility_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            visibility = deviating_field(cls, "visibility", visibility_raw)

        model_id_raw = d.pop("model_id", UNSET)
        try:
            _model_id = model_id_raw
            model_id: MusicModelID | Unset
            if isinstance(_model_id, Unset):
                model_id = UNSET
            else:
                model_id = check_music_model_id(_model_id)
        except (KeyError, TypeError, ValueError, AttributeError):
            model_id = deviating_field(cls, "model_id", model_id_raw)

        body_create_music_finetune_v1_music_finetunes_post = cls(
            name=name,
            primary_genre=primary_genre,
            files=files,
            tags=tags,
            visibility=visibility,
            model_id=model_id,
        )
        if _missing:
            body_create_music_finetune_v1_music_finetunes_post._missing_fields = _missing
        body_create_music_finetune_v1_music_finetunes_post.additional_properties = d
        return body_create_music_finetune_v1_music_finetunes_post

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
