from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    literal,
    union,
)
from ..models._literals import (
    MediaGenerationInProgressResponseStatusType0,
)


@_attrs_define(slots=False)
class MediaGenerationInProgressResponse(Lazy, AdditionalProperties[Any]):
    """A media generation that has not finished yet.

    Example:
        {'id': 'JWr5N6X9ZTqf8jD2LmQb', 'status': 'generating'}

    Attributes:
        id: The unique identifier of the generation.
        status: The lifecycle status of the generation. It ends at `completed` or `failed`.
    """

    id: str

    status: MediaGenerationInProgressResponseStatusType0 | str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", STR, required=True),
        Field("status", "status", union(literal("MediaGenerationInProgressResponseStatusType0"), STR), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
