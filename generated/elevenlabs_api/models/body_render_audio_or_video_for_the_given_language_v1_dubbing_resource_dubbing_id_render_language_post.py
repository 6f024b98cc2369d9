from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    NULL,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    literal,
    union,
)
from ..models._literals import RenderType
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class BodyRenderAudioOrVideoForTheGivenLanguageV1DubbingResourceDubbingIdRenderLanguagePost(
    Lazy, AdditionalProperties[Any]
):
    """Attributes:
    normalize_volume: Whether to normalize the volume of the rendered audio. Defaults to False on the server.
    """

    render_type: RenderType

    normalize_volume: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("render_type", "render_type", literal("RenderType"), required=True),
        Field("normalize_volume", "normalize_volume", union(BOOL, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
