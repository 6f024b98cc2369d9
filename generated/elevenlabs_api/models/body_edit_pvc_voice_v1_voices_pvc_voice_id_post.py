from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, NULL, STR, AdditionalProperties, Field, Lazy, dict_of, object_of, union
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class BodyEditPvcVoiceV1VoicesPvcVoiceIdPost(Lazy, AdditionalProperties[Any]):
    """Attributes:
    name: The name that identifies this voice. This will be displayed in the dropdown of the website.
    language: Language used in the samples.
    description: Description to use for the created voice.
    labels: Labels for the voice. Keys can be language, accent, gender, or age.
    """

    name: str | Unset = UNSET

    language: str | Unset = UNSET

    description: None | str | Unset = UNSET

    labels: BodyEditPvcVoiceV1VoicesPvcVoiceIdPostLabelsType0 | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", STR),
        Field("language", "language", STR),
        Field("description", "description", union(STR, NULL)),
        Field("labels", "labels", union(object_of("BodyEditPvcVoiceV1VoicesPvcVoiceIdPostLabelsType0"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class BodyEditPvcVoiceV1VoicesPvcVoiceIdPostLabelsType0(Lazy, AdditionalProperties["str"]):
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(STR)),)
