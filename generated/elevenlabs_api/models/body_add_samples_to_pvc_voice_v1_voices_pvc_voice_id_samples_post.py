from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    File,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BodyAddSamplesToPvcVoiceV1VoicesPvcVoiceIdSamplesPost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyAddSamplesToPvcVoiceV1VoicesPvcVoiceIdSamplesPost(Lazy):
    """Attributes:
    files (list[File]): Audio files used to create the voice.
    remove_background_noise (bool | Unset): If set will remove background noise for voice samples using our audio
        isolation model. If the samples do not include background noise, it can make the quality worse. Defaults to
        False on the server.
    """

    files: list[File]

    remove_background_noise: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("files",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        files: Any
        try:
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_tuple()

                files.append(files_item)

        except (AttributeError, TypeError):
            files = self.files

        remove_background_noise = self.remove_background_noise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if files is not None or "files" not in self._missing_fields:
            field_dict["files"] = files
        if remove_background_noise is not UNSET:
            field_dict["remove_background_noise"] = remove_background_noise
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        for files_item_element in self.files:
            files.append(("files", files_item_element.to_tuple()))

        if not isinstance(self.remove_background_noise, Unset):
            files.append(
                ("remove_background_noise", (None, b"true" if self.remove_background_noise else b"false", "text/plain"))
            )

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
        body_add_samples_to_pvc_voice_v1_voices_pvc_voice_id_samples_post = cls.__new__(cls)
        body_add_samples_to_pvc_voice_v1_voices_pvc_voice_id_samples_post.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return body_add_samples_to_pvc_voice_v1_voices_pvc_voice_id_samples_post

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


def _read_files(cls: type[BodyAddSamplesToPvcVoiceV1VoicesPvcVoiceIdSamplesPost], d: Mapping[str, Any]) -> Any:
    files_raw = d.get("files", MISSING)
    if files_raw is MISSING:
        files = missing_field(cls, "files")
    else:
        try:
            expect_array("files", files_raw)
            files = []
            _files = files_raw
            for files_item_data in _files:
                files_item = File(payload=BytesIO(files_item_data))

                files.append(files_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            files = deviating_field(cls, "files", files_raw)

    return files


_read_remove_background_noise = plain_reader("remove_background_noise", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "files",
        "remove_background_noise",
    )
)


def _read_additional_properties(
    cls: type[BodyAddSamplesToPvcVoiceV1VoicesPvcVoiceIdSamplesPost], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyAddSamplesToPvcVoiceV1VoicesPvcVoiceIdSamplesPost], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "files" in known:
        files = known["files"]
    else:
        files = _read_files(cls, d)

    remove_background_noise = d.get("remove_background_noise", UNSET)
    if remove_background_noise.__class__ is not bool and remove_background_noise is not UNSET:
        remove_background_noise = _read_remove_background_noise(cls, d)

    return {
        "files": files,
        "remove_background_noise": remove_background_noise,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    BodyAddSamplesToPvcVoiceV1VoicesPvcVoiceIdSamplesPost,
    _all_fields,
    {
        "files": _read_files,
        "remove_background_noise": _read_remove_background_noise,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
