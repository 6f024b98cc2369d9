from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, ClassVar, Self, TypeVar, cast

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
    deviating_field,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BodyUploadMusicV1MusicUploadPost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyUploadMusicV1MusicUploadPost(Lazy):
    """Attributes:
    file (File): The audio file to upload.
    extract_composition_plan (bool | MusicModelId | Unset): Whether to generate and return the composition plan for
        the uploaded song. Pass a model id (`music_v1` or `music_v2`) to control which composition plan format is
        returned. Passing `true`/`false` is deprecated; `true` defaults to the `music_v1` plan format. Enabling this
        will increase the latency.
    with_timestamps (bool | Unset): Whether to transcribe the uploaded song and return word-level timestamps. If
        True, the response will include words_timestamps but will increase the latency. Defaults to False on the server.
    """

    file: File

    extract_composition_plan: bool | MusicModelId | Unset = UNSET

    with_timestamps: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("file",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        body_upload_music_v1_music_upload_post = cls.__new__(cls)
        body_upload_music_v1_music_upload_post.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


def _read_file(cls: type[BodyUploadMusicV1MusicUploadPost], d: Mapping[str, Any]) -> Any:
    file_raw = d.get("file", MISSING)
    if file_raw is MISSING:
        file = missing_field(cls, "file")
    else:
        try:
            file = File(payload=BytesIO(file_raw))
        except (KeyError, TypeError, ValueError, AttributeError):
            file = deviating_field(cls, "file", file_raw)

    return file


def _read_extract_composition_plan(cls: type[BodyUploadMusicV1MusicUploadPost], d: Mapping[str, Any]) -> Any:
    extract_composition_plan_raw = d.get("extract_composition_plan", UNSET)
    try:

        def _parse_extract_composition_plan(data: object) -> bool | MusicModelId | Unset:
            if isinstance(data, Unset):
                return data

            try:
                if not isinstance(data, str):
                    raise TypeError(f"got {type(data).__name__}")
                extract_composition_plan_type_1 = check_music_model_id(data)

                return extract_composition_plan_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("bool | MusicModelId | Unset", data)

        extract_composition_plan = _parse_extract_composition_plan(extract_composition_plan_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        extract_composition_plan = deviating_field(cls, "extract_composition_plan", extract_composition_plan_raw)

    return extract_composition_plan


_read_with_timestamps = plain_reader("with_timestamps", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "file",
        "extract_composition_plan",
        "with_timestamps",
    )
)


def _read_additional_properties(cls: type[BodyUploadMusicV1MusicUploadPost], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyUploadMusicV1MusicUploadPost], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "file" in known:
        file = known["file"]
    else:
        file = _read_file(cls, d)

    if "extract_composition_plan" in known:
        extract_composition_plan = known["extract_composition_plan"]
    else:
        extract_composition_plan = d.get("extract_composition_plan", UNSET)
        if extract_composition_plan is not UNSET:
            extract_composition_plan = _read_extract_composition_plan(cls, d)

    with_timestamps = d.get("with_timestamps", UNSET)
    if with_timestamps.__class__ is not bool and with_timestamps is not UNSET:
        with_timestamps = _read_with_timestamps(cls, d)

    return {
        "file": file,
        "extract_composition_plan": extract_composition_plan,
        "with_timestamps": with_timestamps,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    BodyUploadMusicV1MusicUploadPost,
    _all_fields,
    {
        "file": _read_file,
        "extract_composition_plan": _read_extract_composition_plan,
        "with_timestamps": _read_with_timestamps,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
