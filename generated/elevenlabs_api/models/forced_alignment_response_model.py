from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    FLOAT,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    object_of,
)


@_attrs_define(slots=False)
class ForcedAlignmentResponseModel(Lazy, AdditionalProperties[Any]):
    """Model representing the response from the aligner service.

    Attributes:
        characters: List of characters with their timing information.
        words: List of words with their timing information.
        loss: The average alignment loss/confidence score for the entire transcript, calculated from all characters.
    """

    characters: list[ForcedAlignmentCharacterResponseModel]

    words: list[ForcedAlignmentWordResponseModel]

    loss: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("characters", "characters", list_of(object_of("ForcedAlignmentCharacterResponseModel")), required=True),
        Field("words", "words", list_of(object_of("ForcedAlignmentWordResponseModel")), required=True),
        Field("loss", "loss", FLOAT, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.forced_alignment_character_response_model import ForcedAlignmentCharacterResponseModel
from ..models.forced_alignment_word_response_model import ForcedAlignmentWordResponseModel
