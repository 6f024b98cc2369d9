from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    FLOAT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class BodyCreateANewSpeakerV1DubbingResourceDubbingIdSpeakerPost(Lazy, AdditionalProperties[Any]):
    """Attributes:
    speaker_name: Name to attribute to this speaker.
    voice_id: Either the identifier of a voice from the ElevenLabs voice library, or one of ['track-clone', 'clip-
        clone'].
    voice_stability: For models that support it, the voice similarity value to use. This will default to 0.65, with
        a valid range of [0.0, 1.0].
    voice_similarity: For models that support it, the voice similarity value to use. This will default to 1.0, with
        a valid range of [0.0, 1.0].
    voice_style: For models that support it, the voice style value to use. This will default to 1.0, with a valid
        range of [0.0, 1.0].
    """

    speaker_name: None | str | Unset = UNSET

    voice_id: None | str | Unset = UNSET

    voice_stability: float | None | Unset = UNSET

    voice_similarity: float | None | Unset = UNSET

    voice_style: float | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("speaker_name", "speaker_name", union(STR, NULL)),
        Field("voice_id", "voice_id", union(STR, NULL)),
        Field("voice_stability", "voice_stability", union(FLOAT, NULL)),
        Field("voice_similarity", "voice_similarity", union(FLOAT, NULL)),
        Field("voice_style", "voice_style", union(FLOAT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
