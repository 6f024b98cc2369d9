from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
)


@_attrs_define(slots=False)
class MediaGenerationCreateResponse(Lazy, AdditionalProperties[Any]):
    """A newly queued media generation; fetch the GET endpoint for the output.

    Example:
        {'id': 'JWr5N6X9ZTqf8jD2LmQb', 'status': 'pending'}

    Attributes:
        id: The unique identifier of the generation. Pass it to the corresponding GET endpoint to retrieve the output.
        status: A newly created generation is always `pending`.
    """

    id: str

    status: Literal["pending"] = _attrs_field(
        default="pending",
        kw_only=True,
        validator=types.tag("MediaGenerationCreateResponse", "status", "pending"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", STR, required=True),
        Field("status", "status", const("pending"), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
