from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    BOOL,
    INT,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    union,
)


@_attrs_define(slots=False)
class PreviewAudioDbModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    is_auto_generated: Defaults to False on the server.
    """

    audio_url: str

    voice_id: None | str | Unset = UNSET

    text: None | str | Unset = UNSET

    hls_manifest_url: None | str | Unset = UNSET

    dash_manifest_url: None | str | Unset = UNSET

    is_auto_generated: bool | None | Unset = UNSET

    generated_at_unix: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("audio_url", "audio_url", STR, required=True),
        Field("voice_id", "voice_id", union(STR, NULL)),
        Field("text", "text", union(STR, NULL)),
        Field("hls_manifest_url", "hls_manifest_url", union(STR, NULL)),
        Field("dash_manifest_url", "dash_manifest_url", union(STR, NULL)),
        Field("is_auto_generated", "is_auto_generated", union(BOOL, NULL)),
        Field("generated_at_unix", "generated_at_unix", union(INT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
