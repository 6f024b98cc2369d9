from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audio_analysis_status_type_0 import AudioAnalysisStatusType0
from ..types import (
    ANY,
    INT,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    literal,
    object_of,
    union,
)


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AudioAnalysis(Lazy, AdditionalProperties[Any]):
    """Attributes:
    status (AudioAnalysisStatusType0 | str):
    data (AudioAnalysisResult | None):
    updated_at_ms (int | Unset):
    """

    status: AudioAnalysisStatusType0 | str

    data: AudioAnalysisResult | None = None

    updated_at_ms: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    # What each field is in the body: types.Lazy reads and writes the model by it (types.py: Field).
    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("status", "status", union(literal("AudioAnalysisStatusType0"), STR), required=True),
        Field("data", "data", union(object_of("AudioAnalysisResult"), NULL), required=True),
        Field("updated_at_ms", "updated_at_ms", INT),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.audio_analysis_result import AudioAnalysisResult
