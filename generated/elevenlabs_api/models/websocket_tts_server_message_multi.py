from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    object_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class WebsocketTtsServerMessageMulti(Lazy, AdditionalProperties[Any]):
    """Message sent from the server to the client for the multi-context TTS WebSocket.

    Attributes:
        audio: A generated partial audio chunk, encoded using the selected output_format (e.g., MP3 as a base64 string).
        is_final: If true, indicates that this is the final message for the specified contextId. This is sent when a
            context is closed. `audio` will be null or empty.
        context_id: The context identifier to which this message pertains.
    """

    audio: None | str | Unset = UNSET

    is_final: bool | None | Unset = UNSET

    normalized_alignment: None | NormalizedAlignment | Unset = UNSET

    alignment: Alignment | None | Unset = UNSET

    context_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("audio", "audio", union(STR, NULL)),
        Field("is_final", "is_final", union(BOOL, NULL)),
        Field("normalized_alignment", "normalizedAlignment", union(object_of("NormalizedAlignment"), NULL)),
        Field("alignment", "alignment", union(object_of("Alignment"), NULL)),
        Field("context_id", "contextId", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.alignment import Alignment
from ..models.normalized_alignment import NormalizedAlignment
