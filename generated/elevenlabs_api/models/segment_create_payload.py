from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    FLOAT,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    object_of,
    union,
)


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class SegmentCreatePayload(Lazy, AdditionalProperties[Any]):
    """Attributes:
    start_time (float):
    end_time (float):
    text (None | str | Unset):
    translations (None | SegmentCreatePayloadTranslationsType0 | Unset):
    """

    start_time: float

    end_time: float

    text: None | str | Unset = UNSET

    translations: None | SegmentCreatePayloadTranslationsType0 | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    # What each field is in the body: types.Lazy reads and writes the model by it (types.py: Field).
    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("start_time", "start_time", FLOAT, required=True),
        Field("end_time", "end_time", FLOAT, required=True),
        Field("text", "text", union(STR, NULL)),
        Field("translations", "translations", union(object_of("SegmentCreatePayloadTranslationsType0"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.segment_create_payload_translations_type_0 import SegmentCreatePayloadTranslationsType0
