from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, FLOAT, STR, AdditionalProperties, Field, Lazy, dict_of, list_of, object_of


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


@_attrs_define(slots=False)
class ForcedAlignmentCharacterResponseModel(Lazy, AdditionalProperties[Any]):
    """Model representing a single character with its timing information from the aligner.

    Example:
        {'end': 0.02, 'start': 0.0, 'text': 'H'}

    Attributes:
        text: The character that was transcribed.
        start: The start time of the character in seconds.
        end: The end time of the character in seconds.
    """

    text: str

    start: float

    end: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("text", "text", STR, required=True),
        Field("start", "start", FLOAT, required=True),
        Field("end", "end", FLOAT, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ForcedAlignmentWordResponseModel(Lazy, AdditionalProperties[Any]):
    """Model representing a single word with its timing information from the aligner.

    Example:
        {'end': 1.02, 'loss': 0.12, 'start': 0.0, 'text': 'Hello'}

    Attributes:
        text: The word that was transcribed.
        start: The start time of the word in seconds.
        end: The end time of the word in seconds.
        loss: The average alignment loss/confidence score for this word, calculated from its constituent characters.
    """

    text: str

    start: float

    end: float

    loss: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("text", "text", STR, required=True),
        Field("start", "start", FLOAT, required=True),
        Field("end", "end", FLOAT, required=True),
        Field("loss", "loss", FLOAT, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
