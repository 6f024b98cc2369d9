from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    File,
    Lazy,
    Unset,
    deviating_field,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BodyUpdateAudioNativeProjectContentV1AudioNativeProjectIdContentPost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyUpdateAudioNativeProjectContentV1AudioNativeProjectIdContentPost(Lazy):
    """Attributes:
    file (File | Unset): Either txt or HTML input file containing the article content. HTML should be formatted as
        follows '&lt;html&gt;&lt;body&gt;&lt;div&gt;&lt;p&gt;Your content&lt;/p&gt;&lt;h5&gt;More of your
        content&lt;/h5&gt;&lt;p&gt;Some more of your content&lt;/p&gt;&lt;/div&gt;&lt;/body&gt;&lt;/html&gt;'
    auto_convert (bool | Unset): Whether to auto convert the project to audio or not. Defaults to False on the
        server.
    auto_publish (bool | Unset): Whether to auto publish the new project snapshot after it's converted. Defaults to
        False on the server.
    """

    file: File | Unset = UNSET

    auto_convert: bool | Unset = UNSET

    auto_publish: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        file: Any
        try:
            file = UNSET
            if not isinstance(self.file, Unset):
                file = self.file.to_tuple()

        except (AttributeError, TypeError):
            file = self.file

        auto_convert = self.auto_convert

        auto_publish = self.auto_publish

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if file is not UNSET:
            field_dict["file"] = file
        if auto_convert is not UNSET:
            field_dict["auto_convert"] = auto_convert
        if auto_publish is not UNSET:
            field_dict["auto_publish"] = auto_publish
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        if not isinstance(self.file, Unset):
            files.append(("file", self.file.to_tuple()))

        if not isinstance(self.auto_convert, Unset):
            files.append(("auto_convert", (None, b"true" if self.auto_convert else b"false", "text/plain")))

        if not isinstance(self.auto_publish, Unset):
            files.append(("auto_publish", (None, b"true" if self.auto_publish else b"false", "text/plain")))

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
        body_update_audio_native_project_content_v1_audio_native_project_id_content_post = cls.__new__(cls)
        body_update_audio_native_project_content_v1_audio_native_project_id_content_post.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return body_update_audio_native_project_content_v1_audio_native_project_id_content_post

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


def _read_file(
    cls: type[BodyUpdateAudioNativeProjectContentV1AudioNativeProjectIdContentPost], d: Mapping[str, Any]
) -> Any:
    file_raw = d.get("file", UNSET)
    try:
        _file = file_raw
        file: File | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = File(payload=BytesIO(_file))
    except (KeyError, TypeError, ValueError, AttributeError):
        file = deviating_field(cls, "file", file_raw)

    return file


_read_auto_convert = plain_reader("auto_convert", (bool,), "a boolean", False)

_read_auto_publish = plain_reader("auto_publish", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "file",
        "auto_convert",
        "auto_publish",
    )
)


def _read_additional_properties(
    cls: type[BodyUpdateAudioNativeProjectContentV1AudioNativeProjectIdContentPost], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyUpdateAudioNativeProjectContentV1AudioNativeProjectIdContentPost],
    d: Mapping[str, Any],
    known: Mapping[str, Any],
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "file" in known:
        file = known["file"]
    else:
        file = d.get("file", UNSET)
        if file is not UNSET:
            file = _read_file(cls, d)

    auto_convert = d.get("auto_convert", UNSET)
    if auto_convert.__class__ is not bool and auto_convert is not UNSET:
        auto_convert = _read_auto_convert(cls, d)

    auto_publish = d.get("auto_publish", UNSET)
    if auto_publish.__class__ is not bool and auto_publish is not UNSET:
        auto_publish = _read_auto_publish(cls, d)

    return {
        "file": file,
        "auto_convert": auto_convert,
        "auto_publish": auto_publish,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    BodyUpdateAudioNativeProjectContentV1AudioNativeProjectIdContentPost,
    _all_fields,
    {
        "file": _read_file,
        "auto_convert": _read_auto_convert,
        "auto_publish": _read_auto_publish,
        "additional_properties": _read_additional_properties,
    },
)
