from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    INT,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)


@_attrs_define(slots=False)
class DetectedEntity(Lazy, AdditionalProperties[Any]):
    """Attributes:
    text: The text that was identified as an entity.
    entity_type: The type of entity detected (e.g., 'credit_card', 'email_address', 'person_name').
    start_char: Start character position in the transcript text.
    end_char: End character position in the transcript text.
    """

    text: str

    entity_type: str

    start_char: int

    end_char: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("text", "text", STR, required=True),
        Field("entity_type", "entity_type", STR, required=True),
        Field("start_char", "start_char", INT, required=True),
        Field("end_char", "end_char", INT, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
