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
    object_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class GetSpeechHistoryResponse(Lazy, AdditionalProperties[Any]):
    """Attributes:
    history: A list of speech history items.
    has_more: Whether there are more history items to fetch.
    last_history_item_id: The ID of the last history item.
    scanned_until: The timestamp of the last history item.
    """

    history: list[SpeechHistoryItemResponse]

    has_more: bool

    last_history_item_id: None | str | Unset = UNSET

    scanned_until: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("history", "history", list_of(object_of("SpeechHistoryItemResponse")), required=True),
        Field("has_more", "has_more", BOOL, required=True),
        Field("last_history_item_id", "last_history_item_id", union(STR, NULL)),
        Field("scanned_until", "scanned_until", union(INT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.speech_history_item_response import SpeechHistoryItemResponse
