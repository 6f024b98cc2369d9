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
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class BodyRunPvcTrainingV1VoicesPvcVoiceIdTrainPost(Lazy, AdditionalProperties[Any]):
    """Attributes:
    model_id: The model ID to use for the conversion.
    """

    model_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("model_id", "model_id", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
