from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, INT, NULL, STR, AdditionalProperties, Field, Lazy, dict_of, list_of, object_of, union


@_attrs_define(slots=False)
class ConversationHistoryMultivoiceMessageModel(Lazy, AdditionalProperties[Any]):
    parts: list[ConversationHistoryMultivoiceMessagePartModel]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("parts", "parts", list_of(object_of("ConversationHistoryMultivoiceMessagePartModel")), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ConversationHistoryMultivoiceMessagePartModel(Lazy, AdditionalProperties[Any]):
    text: str

    voice_label: None | str = None

    time_in_call_secs: int | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("text", "text", STR, required=True),
        Field("voice_label", "voice_label", union(STR, NULL), required=True),
        Field("time_in_call_secs", "time_in_call_secs", union(INT, NULL), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
