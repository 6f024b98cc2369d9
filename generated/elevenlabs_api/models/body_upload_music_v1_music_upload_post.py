from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.music_model_id import MusicModelID, check_music_model_id
from ..types import (
    MISSING,
    UNSET,
    File,
    Unset,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="BodyUploadMusicV1MusicUploadPost")


@_attrs_define
class BodyUploadMusicV1MusicUploadPost:
    """Attributes:
    file (File): The audio file to upload.
    extract_composition_plan (bool | MusicModelID | Unset): Whether to generate and return the composition plan for
        the uploaded song. Pass a model id (`music_v1` or `music_v2`) to control which composition plan format is
        returned. Passing `true`/`false` is deprecated; `true` defaults to the `music_v1` plan format. Enabling this
        will increase the latency.
    with_timestamps (bool | Unset): Whether to transcribe the uploaded song and return word-level timestamps. If
        True, the response will include words_timestamps but will increase the latency. Default: False.
    """

    file: File

    extract_composition_plan: bool | MusicModelID | Unset = UNSET

    with_timestamps: bool | Unset = False

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        file: Any
        try:
            file = self.file.to_tuple()

        except (AttributeError, TypeError):
            file = self.file

        extract_composition_plan: Any
        try:
            if isinstance(self.extract_composition_plan, Unset):
                extract_composition_plan = UNSET
            elif isinstance(self.extract_composition_plan, str):
                extract_composition_plan = self.extract_composition_plan
            else:
                extract_composition_plan = self.extract_composition_plan

        except (AttributeError, TypeError):
            extract_composition_plan = self.extract_composition_plan

        with_timestamps = self.with_timestamps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if file is not None or "file" not in self._missing_fields:
            field_dict["file"] = file
        if extract_composition_plan is not UNSET:
            field_dict["extract_composition_plan"] = extract_composition_plan
        if with_timestamps is not UNSET:
            field_dict["with_timestamps"] = with_timestamps
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.extract_composition_plan, Unset):
            if isinstance(self.extract_composition_plan, bool):
                files.append(
                    (
                        "extract_composition_plan",
                        (None, b"true" if self.extract_composition_plan else b"false", "text/plain"),
                    )
                )
            elif isinstance(self.extract_composition_plan, str):
                files.append(
                    ("extract_composition_plan", (None, str(self.extract_composition_plan).encode(), "text/plain"))
                )

        if not isinstance(self.with_timestamps, Unset):
            files.append(("with_timestamps", (None, b"true" if self.with_timestamps else b"false", "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        file_raw = d.pop("file", MISSING)
        if file_raw is MISSING:
            file = missing_field(cls, "file")
            _missing += ("file",)
        else:
            try:
                file = File(payload=BytesIO(file_raw))
            except (KeyError, TypeError, ValueError, AttributeError):
                file = deviating_field(cls, "file", file_raw)

        extract_composition_plan_raw = d.pop("extract_composition_plan", UNSET)
        try:

            def _parse_extract_composition_plan(data: object) -> bool | MusicModelID | Unset:
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, str):
                        raise TypeError(f"got {type(data).__name__}")
                    extract_composition_plan_type_1 = check_music_model_id(data)

                    return extract_composition_plan_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast("bool | MusicModelID | Unset", data)

            extract_composition_plan = _parse_extract_composition_plan(extract_composition_plan_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            extract_composition_plan = deviating_field(cls, "extract_composition_plan", extract_composition_plan_raw)

        with_timestamps = d.pop("with_timestamps", UNSET)
        if with_timestamps.__class__ is not bool and with_timestamps is not UNSET:
            with_timestamps = unexpected_type(cls, "with_timestamps", with_timestamps, "a boolean")

        body_upload_music_v1_music_upload_post = cls(
            file=file,
            extract_composition_plan=extract_composition_plan,
            with_timestamps=with_timestamps,
        )
        if _missing:
            body_upload_music_v1_music_upload_post._missing_fields = _missing
        body_upload_music_v1_music_upload_post.additional_properties = d
        return body_upload_music_v1_music_upload_post

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
