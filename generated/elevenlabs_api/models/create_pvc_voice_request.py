from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, NULL, STR, AdditionalProperties, Field, Lazy, dict_of, object_of, union
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class CreatePvcVoiceRequest(Lazy, AdditionalProperties[Any]):
    """Attributes:
    name: The name that identifies this voice. This will be displayed in the dropdown of the website.
    language: Language used in the samples.
    description: Description to use for the created voice.
    labels: Labels for the voice. Keys can be language, accent, gender, or age.
    """

    name: str

    language: str

    description: None | str | Unset = UNSET

    labels: CreatePvcVoiceRequestLabelsType0 | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", STR, required=True),
        Field("language", "language", STR, required=True),
        Field("description", "description", union(STR, NULL)),
        Field("labels", "labels", union(object_of("CreatePvcVoiceRequestLabelsType0"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class CreatePvcVoiceRequestLabelsType0(Lazy, AdditionalProperties["str"]):
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(STR)),)
