from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
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
class DownloadHistoryRequest(Lazy, AdditionalProperties[Any]):
    """Attributes:
    history_item_ids: A list of history items to download, you can get IDs of history items and other metadata using
        the GET https://api.elevenlabs.io/v1/history endpoint.
    output_format: Output format to transcode the audio file, can be wav or default.
    """

    history_item_ids: list[str]

    output_format: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("history_item_ids", "history_item_ids", list_of(STR), required=True),
        Field("output_format", "output_format", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
