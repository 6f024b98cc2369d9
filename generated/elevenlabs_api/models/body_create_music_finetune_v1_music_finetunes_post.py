from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models._literals import (
    BodyCreateMusicFinetuneV1MusicFinetunesPostVisibilityType0,
    MusicModelId,
    check_body_create_music_finetune_v1_music_finetunes_post_visibility_type_0,
    check_music_model_id,
)
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    File,
    Lazy,
    Unset,
    check_items,
    deviating_field,
    expect_array,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BodyCreateMusicFinetuneV1MusicFinetunesPost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyCreateMusicFinetuneV1MusicFinetunesPost(Lazy):
    """Attributes:
    name (str): Name for the finetune (5-200 characters).
    primary_genre (str): Primary musical genre of the finetune.
    files (list[File] | Unset): Audio files to train on. Defaults to [] on the server.
    tags (list[str] | Unset): Tags to associate with the finetune. Defaults to [] on the server.
    visibility (BodyCreateMusicFinetuneV1MusicFinetunesPostVisibilityType0 | None | Unset): Finetune visibility.
        Only 'private' and 'workspace' can be set.
    model_id (MusicModelId | Unset):
    """

    name: str

    primary_genre: str

    files: list[File] | Unset = UNSET

    tags: list[str] | Unset = UNSET

    visibility: BodyCreateMusicFinetuneV1MusicFinetunesPostVisibilityType0 | None | Unset = UNSET

    model_id: MusicModelId | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "name",
        "primary_genre",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        body_create_music_finetune_v1_music_finetunes_post = cls.__new__(cls)
        body_create_music_finetune_v1_music_finetunes_post.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


_read_name = plain_reader("name", (str,), "a string", True)

_read_primary_genre = plain_reader("primary_genre", (str,), "a string", True)


def _read_files(cls: type[BodyCreateMusicFinetuneV1MusicFinetunesPost], d: Mapping[str, Any]) -> Any:
    files_raw = d.get("files", UNSET)
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

    return files


_read_tags = plain_reader("tags", (list,), "an array", False, ((str,), "a string"))


def _read_visibility(cls: type[BodyCreateMusicFinetuneV1MusicFinetunesPost], d: Mapping[str, Any]) -> Any:
    visibility_raw = d.get("visibility", UNSET)
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

    return visibility


def _read_model_id(cls: type[BodyCreateMusicFinetuneV1MusicFinetunesPost], d: Mapping[str, Any]) -> Any:
    model_id_raw = d.get("model_id", UNSET)
    try:
        _model_id = model_id_raw
        model_id: MusicModelId | Unset
        if isinstance(_model_id, Unset):
            model_id = UNSET
        else:
            model_id = check_music_model_id(_model_id)
    except (KeyError, TypeError, ValueError, AttributeError):
        model_id = deviating_field(cls, "model_id", model_id_raw)

    return model_id


_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "primary_genre",
        "files",
        "tags",
        "visibility",
        "model_id",
    )
)


def _read_additional_properties(
    cls: type[BodyCreateMusicFinetuneV1MusicFinetunesPost], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyCreateMusicFinetuneV1MusicFinetunesPost], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    primary_genre = d.get("primary_genre", MISSING)
    if primary_genre.__class__ is not str:
        primary_genre = _read_primary_genre(cls, d)

    if "files" in known:
        files = known["files"]
    else:
        files = d.get("files", UNSET)
        if files is not UNSET:
            files = _read_files(cls, d)

    tags = d.get("tags", UNSET)
    if tags.__class__ is not list and tags is not UNSET:
        tags = _read_tags(cls, d)
    elif tags.__class__ is list and tags:
        check_items(cls, "tags", tags, (str,), "a string")

    if "visibility" in known:
        visibility = known["visibility"]
    else:
        visibility = d.get("visibility", UNSET)
        if visibility is not UNSET and visibility is not None:
            visibility = _read_visibility(cls, d)

    if "model_id" in known:
        model_id = known["model_id"]
    else:
        model_id = d.get("model_id", UNSET)
        if model_id is not UNSET:
            model_id = _read_model_id(cls, d)

    return {
        "name": name,
        "primary_genre": primary_genre,
        "files": files,
        "tags": tags,
        "visibility": visibility,
        "model_id": model_id,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    BodyCreateMusicFinetuneV1MusicFinetunesPost,
    _all_fields,
    {
        "name": _read_name,
        "primary_genre": _read_primary_genre,
        "files": _read_files,
        "tags": _read_tags,
        "visibility": _read_visibility,
        "model_id": _read_model_id,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
