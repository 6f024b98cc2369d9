from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class BodyUpdatePvcVoiceSampleV1VoicesPvcVoiceIdSamplesSampleIdPost(Lazy, AdditionalProperties[Any]):
    """Attributes:
    remove_background_noise: If set will remove background noise for voice samples using our audio isolation model.
        If the samples do not include background noise, it can make the quality worse. Defaults to False on the server.
    selected_speaker_ids: Speaker IDs to be used for PVC training. Make sure you send all the speaker IDs you want
        to use for PVC training in one request because the last request will override the previous ones.
    trim_start_time: The start time of the audio to be used for PVC training. Time should be in milliseconds
    trim_end_time: The end time of the audio to be used for PVC training. Time should be in milliseconds
    file_name: The name of the audio file to be used for PVC training.
    """

    remove_background_noise: bool | Unset = UNSET

    selected_speaker_ids: list[str] | None | Unset = UNSET

    trim_start_time: int | None | Unset = UNSET

    trim_end_time: int | None | Unset = UNSET

    file_name: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("remove_background_noise", "remove_background_noise", BOOL),
        Field("selected_speaker_ids", "selected_speaker_ids", union(list_of(STR), NULL)),
        Field("trim_start_time", "trim_start_time", union(INT, NULL)),
        Field("trim_end_time", "trim_end_time", union(INT, NULL)),
        Field("file_name", "file_name", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
