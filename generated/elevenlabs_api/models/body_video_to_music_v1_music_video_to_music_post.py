from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models._literals import MusicModelId, check_music_model_id
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
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BodyVideoToMusicV1MusicVideoToMusicPost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyVideoToMusicV1MusicVideoToMusicPost(Lazy):
    """Attributes:
    videos (list[File]):
                    One or more video files sent via FormData array (multipart/form-data). They will be combined into
        one codec in order.
                    A maximum of 10 videos is allowed, where the total size of the combined video is limited to 200MB.
                    In total, the video can be up to 600 seconds long. Note that combining multiple videos may increase
        the request duration significantly. If possible, combine the videos beforehand.

    description (None | str | Unset): Optional text description of the music you want. A maximum of 1000 characters
        is allowed.
    tags (list[str] | Unset): Optional list of style tags (e.g. ['upbeat', 'cinematic']). A maximum of 10 tags is
        allowed. Defaults to [] on the server.
    model_id (MusicModelId | Unset):
    sign_with_c2pa (bool | Unset): Whether to sign the generated song with C2PA. Applicable only for mp3 files.
        Defaults to False on the server.
    """

    videos: list[File]

    description: None | str | Unset = UNSET

    tags: list[str] | Unset = UNSET

    model_id: MusicModelId | Unset = UNSET

    sign_with_c2pa: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("videos",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        videos: Any
        try:
            videos = []
            for videos_item_data in self.videos:
                videos_item = videos_item_data.to_tuple()

                videos.append(videos_item)

        except (AttributeError, TypeError):
            videos = self.videos

        description: Any
        try:
            description = self.description

        except (AttributeError, TypeError):
            description = self.description

        tags: Any
        try:
            tags = UNSET
            if not isinstance(self.tags, Unset):
                tags = self.tags

        except (AttributeError, TypeError):
            tags = self.tags

        model_id: Any
        try:
            model_id = UNSET
            if not isinstance(self.model_id, Unset):
                model_id = self.model_id

        except (AttributeError, TypeError):
            model_id = self.model_id

        sign_with_c2pa = self.sign_with_c2pa

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if videos is not None or "videos" not in self._missing_fields:
            field_dict["videos"] = videos
        if description is not UNSET:
            field_dict["description"] = description
        if tags is not UNSET:
            field_dict["tags"] = tags
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if sign_with_c2pa is not UNSET:
            field_dict["sign_with_c2pa"] = sign_with_c2pa
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        for videos_item_element in self.videos:
            files.append(("videos", videos_item_element.to_tuple()))

        if not isinstance(self.description, Unset):
            if isinstance(self.description, str) or self.description is None:
                files.append(("description", (None, str(self.description).encode(), "text/plain")))

        if not isinstance(self.tags, Unset):
            for tags_item_element in self.tags:
                files.append(("tags", (None, str(tags_item_element).encode(), "text/plain")))

        if not isinstance(self.model_id, Unset):
            files.append(("model_id", (None, str(self.model_id).encode(), "text/plain")))

        if not isinstance(self.sign_with_c2pa, Unset):
            files.append(("sign_with_c2pa", (None, b"true" if self.sign_with_c2pa else b"false", "text/plain")))

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
        body_video_to_music_v1_music_video_to_music_post = cls.__new__(cls)
        body_video_to_music_v1_music_video_to_music_post.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return body_video_to_music_v1_music_video_to_music_post

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


def _read_videos(cls: type[BodyVideoToMusicV1MusicVideoToMusicPost], d: Mapping[str, Any]) -> Any:
    videos_raw = d.get("videos", MISSING)
    if videos_raw is MISSING:
        videos = missing_field(cls, "videos")
    else:
        try:
            expect_array("videos", videos_raw)
            videos = []
            _videos = videos_raw
            for videos_item_data in _videos:
                videos_item = File(payload=BytesIO(videos_item_data))

                videos.append(videos_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            videos = deviating_field(cls, "videos", videos_raw)

    return videos


_read_description = plain_reader(
    "description",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_tags = plain_reader("tags", (list,), "an array", False, ((str,), "a string"))


def _read_model_id(cls: type[BodyVideoToMusicV1MusicVideoToMusicPost], d: Mapping[str, Any]) -> Any:
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


_read_sign_with_c2pa = plain_reader("sign_with_c2pa", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "videos",
        "description",
        "tags",
        "model_id",
        "sign_with_c2pa",
    )
)


def _read_additional_properties(
    cls: type[BodyVideoToMusicV1MusicVideoToMusicPost], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyVideoToMusicV1MusicVideoToMusicPost], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "videos" in known:
        videos = known["videos"]
    else:
        videos = _read_videos(cls, d)

    description = d.get("description", UNSET)
    if description.__class__ is not str and description is not None and description is not UNSET:
        description = _read_description(cls, d)

    tags = d.get("tags", UNSET)
    if tags.__class__ is not list and tags is not UNSET:
        tags = _read_tags(cls, d)
    elif tags.__class__ is list and tags:
        check_items(cls, "tags", tags, (str,), "a string")

    if "model_id" in known:
        model_id = known["model_id"]
    else:
        model_id = d.get("model_id", UNSET)
        if model_id is not UNSET:
            model_id = _read_model_id(cls, d)

    sign_with_c2pa = d.get("sign_with_c2pa", UNSET)
    if sign_with_c2pa.__class__ is not bool and sign_with_c2pa is not UNSET:
        sign_with_c2pa = _read_sign_with_c2pa(cls, d)

    return {
        "videos": videos,
        "description": description,
        "tags": tags,
        "model_id": model_id,
        "sign_with_c2pa": sign_with_c2pa,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    BodyVideoToMusicV1MusicVideoToMusicPost,
    _all_fields,
    {
        "videos": _read_videos,
        "description": _read_description,
        "tags": _read_tags,
        "model_id": _read_model_id,
        "sign_with_c2pa": _read_sign_with_c2pa,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
