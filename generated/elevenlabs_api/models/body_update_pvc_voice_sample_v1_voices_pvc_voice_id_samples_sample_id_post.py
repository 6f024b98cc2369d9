from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    check_items,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BodyUpdatePvcVoiceSampleV1VoicesPvcVoiceIdSamplesSampleIdPost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyUpdatePvcVoiceSampleV1VoicesPvcVoiceIdSamplesSampleIdPost(Lazy):
    """Attributes:
    remove_background_noise (bool | Unset): If set will remove background noise for voice samples using our audio
        isolation model. If the samples do not include background noise, it can make the quality worse. Defaults to
        False on the server.
    selected_speaker_ids (list[str] | None | Unset): Speaker IDs to be used for PVC training. Make sure you send all
        the speaker IDs you want to use for PVC training in one request because the last request will override the
        previous ones.
    trim_start_time (int | None | Unset): The start time of the audio to be used for PVC training. Time should be in
        milliseconds
    trim_end_time (int | None | Unset): The end time of the audio to be used for PVC training. Time should be in
        milliseconds
    file_name (None | str | Unset): The name of the audio file to be used for PVC training.
    """

    remove_background_noise: bool | Unset = UNSET

    selected_speaker_ids: list[str] | None | Unset = UNSET

    trim_start_time: int | None | Unset = UNSET

    trim_end_time: int | None | Unset = UNSET

    file_name: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        remove_background_noise = self.remove_background_noise

        selected_speaker_ids: Any
        try:
            if isinstance(self.selected_speaker_ids, Unset):
                selected_speaker_ids = UNSET
            elif isinstance(self.selected_speaker_ids, list):
                selected_speaker_ids = self.selected_speaker_ids

            else:
                selected_speaker_ids = self.selected_speaker_ids

        except (AttributeError, TypeError):
            selected_speaker_ids = self.selected_speaker_ids

        trim_start_time: Any
        try:
            trim_start_time = self.trim_start_time

        except (AttributeError, TypeError):
            trim_start_time = self.trim_start_time

        trim_end_time: Any
        try:
            trim_end_time = self.trim_end_time

        except (AttributeError, TypeError):
            trim_end_time = self.trim_end_time

        file_name: Any
        try:
            file_name = self.file_name

        except (AttributeError, TypeError):
            file_name = self.file_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if remove_background_noise is not UNSET:
            field_dict["remove_background_noise"] = remove_background_noise
        if selected_speaker_ids is not UNSET:
            field_dict["selected_speaker_ids"] = selected_speaker_ids
        if trim_start_time is not UNSET:
            field_dict["trim_start_time"] = trim_start_time
        if trim_end_time is not UNSET:
            field_dict["trim_end_time"] = trim_end_time
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        body_update_pvc_voice_sample_v1_voices_pvc_voice_id_samples_sample_id_post = cls.__new__(cls)
        body_update_pvc_voice_sample_v1_voices_pvc_voice_id_samples_sample_id_post.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return body_update_pvc_voice_sample_v1_voices_pvc_voice_id_samples_sample_id_post

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


_read_remove_background_noise = plain_reader("remove_background_noise", (bool,), "a boolean", False)

_read_selected_speaker_ids = plain_reader(
    "selected_speaker_ids",
    (
        list,
        type(None),
    ),
    "an array or null",
    False,
    ((str,), "a string"),
)

_read_trim_start_time = plain_reader(
    "trim_start_time",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_trim_end_time = plain_reader(
    "trim_end_time",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_file_name = plain_reader(
    "file_name",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "remove_background_noise",
        "selected_speaker_ids",
        "trim_start_time",
        "trim_end_time",
        "file_name",
    )
)


def _read_additional_properties(
    cls: type[BodyUpdatePvcVoiceSampleV1VoicesPvcVoiceIdSamplesSampleIdPost], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyUpdatePvcVoiceSampleV1VoicesPvcVoiceIdSamplesSampleIdPost],
    d: Mapping[str, Any],
    known: Mapping[str, Any],
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    remove_background_noise = d.get("remove_background_noise", UNSET)
    if remove_background_noise.__class__ is not bool and remove_background_noise is not UNSET:
        remove_background_noise = _read_remove_background_noise(cls, d)

    selected_speaker_ids = d.get("selected_speaker_ids", UNSET)
    if (
        selected_speaker_ids.__class__ is not list
        and selected_speaker_ids is not None
        and selected_speaker_ids is not UNSET
    ):
        selected_speaker_ids = _read_selected_speaker_ids(cls, d)
    elif selected_speaker_ids.__class__ is list and selected_speaker_ids:
        check_items(cls, "selected_speaker_ids", selected_speaker_ids, (str,), "a string")

    trim_start_time = d.get("trim_start_time", UNSET)
    if trim_start_time.__class__ is not int and trim_start_time is not None and trim_start_time is not UNSET:
        trim_start_time = _read_trim_start_time(cls, d)

    trim_end_time = d.get("trim_end_time", UNSET)
    if trim_end_time.__class__ is not int and trim_end_time is not None and trim_end_time is not UNSET:
        trim_end_time = _read_trim_end_time(cls, d)

    file_name = d.get("file_name", UNSET)
    if file_name.__class__ is not str and file_name is not None and file_name is not UNSET:
        file_name = _read_file_name(cls, d)

    return {
        "remove_background_noise": remove_background_noise,
        "selected_speaker_ids": selected_speaker_ids,
        "trim_start_time": trim_start_time,
        "trim_end_time": trim_end_time,
        "file_name": file_name,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    BodyUpdatePvcVoiceSampleV1VoicesPvcVoiceIdSamplesSampleIdPost,
    _all_fields,
    {
        "remove_background_noise": _read_remove_background_noise,
        "selected_speaker_ids": _read_selected_speaker_ids,
        "trim_start_time": _read_trim_start_time,
        "trim_end_time": _read_trim_end_time,
        "file_name": _read_file_name,
        "additional_properties": _read_additional_properties,
    },
)
