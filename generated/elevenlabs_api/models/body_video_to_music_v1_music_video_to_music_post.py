from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
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

T = TypeVar("T", bound="BodyVideoToMusicV1MusicVideoToMusicPost")


@_attrs_define
class BodyVideoToMusicV1MusicVideoToMusicPost:
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
        allowed.
    model_id (MusicModelID | Unset):
    sign_with_c2pa (bool | Unset): Whether to sign the generated song with C2PA. Applicable only for mp3 files.
        Default: False.
    """

    videos: list[File]

    description: None | str | Unset = UNSET

    tags: list[str] | Unset = UNSET

    model_id: MusicModelID | Unset = UNSET

    sign_with_c2pa: bool | Unset = False

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        videos_raw = d.pop("videos", MISSING)
        if videos_raw is MISSING:
            videos = missing_field(cls, "videos")
            _missing += ("videos",)
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

        description = d.pop("description", UNSET)
        if description.__class__ is not str and description is not None and description is not UNSET:
            description = unexpected_type(cls, "description", description, "a string or null")

        tags = d.pop("tags", UNSET)
        if tags.__class__ is not list and tags is not UNSET:
            tags = unexpected_type(cls, "tags", tags, "an array")
        elif tags.__class__ is list and tags:
            check_items(cls, "tags", tags, (str,), "a string")

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

        sign_with_c2pa = d.pop("sign_with_c2pa", UNSET)
        if sign_with_c2pa.__class__ is not bool and sign_with_c2pa is not UNSET:
            sign_with_c2pa = unexpected_type(cls, "sign_with_c2pa", sign_with_c2pa, "a boolean")

        body_video_to_music_v1_music_video_to_music_post = cls(
            videos=videos,
            description=description,
            tags=tags,
            model_id=model_id,
            sign_with_c2pa=sign_with_c2pa,
        )
        if _missing:
            body_video_to_music_v1_music_video_to_music_post._missing_fields = _missing
        body_video_to_music_v1_music_video_to_music_post.additional_properties = d
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
