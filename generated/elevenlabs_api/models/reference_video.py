from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
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


@_attrs_define(slots=False)
class ReferenceVideo(Lazy, AdditionalProperties[Any]):
    generation_id: None | str | Unset = UNSET

    content_asset_id: None | str | Unset = UNSET

    template_node_id: None | str | Unset = UNSET

    studio_clip: None | StudioClipReference | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("generation_id", "generation_id", union(STR, NULL)),
        Field("content_asset_id", "content_asset_id", union(STR, NULL)),
        Field("template_node_id", "template_node_id", union(STR, NULL)),
        Field("studio_clip", "studio_clip", union(object_of("StudioClipReference"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.studio_clip_reference import StudioClipReference
