from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    BOOL,
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
from ..models._literals import MusicModelId
from ..types import UNSET, File, Unset


@_attrs_define(slots=False)
class BodyVideoToMusicV1MusicVideoToMusicPost(Lazy, AdditionalProperties[Any]):
    """Attributes:
    videos:
                    One or more video files sent via FormData array (multipart/form-data). They will be combined into
        one codec in order.
                    A maximum of 10 videos is allowed, where the total size of the combined video is limited to 200MB.
                    In total, the video can be up to 600 seconds long. Note that combining multiple videos may increase
        the request duration significantly. If possible, combine the videos beforehand.

    description: Optional text description of the music you want. A maximum of 1000 characters is allowed.
    tags: Optional list of style tags (e.g. ['upbeat', 'cinematic']). A maximum of 10 tags is allowed. Defaults to
        [] on the server.
    sign_with_c2pa: Whether to sign the generated song with C2PA. Applicable only for mp3 files. Defaults to False
        on the server.
    """

    videos: list[File]

    description: None | str | Unset = UNSET

    tags: list[str] | Unset = UNSET

    model_id: MusicModelId | Unset = UNSET

    sign_with_c2pa: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("videos", "videos", list_of(FILE), required=True),
        Field("description", "description", union(STR, NULL)),
        Field("tags", "tags", list_of(STR)),
        Field("model_id", "model_id", literal("MusicModelId")),
        Field("sign_with_c2pa", "sign_with_c2pa", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )

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
