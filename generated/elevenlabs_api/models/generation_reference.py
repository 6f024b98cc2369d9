from __future__ import annotations

from typing import ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    STR,
    Field,
    Lazy,
    const,
)


@_attrs_define(slots=False)
class GenerationReference(Lazy):
    """The output of a prior generation on this API.

    Attributes:
        generation_id: The ID of the generation whose output to use, as returned when the generation was created.
    """

    type_: Literal["generation"] = _attrs_field(
        default="generation",
        kw_only=True,
        alias="type",
        validator=types.tag("GenerationReference", "type", "generation"),
    )

    generation_id: str

    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("generation"), required=True),
        Field("generation_id", "generation_id", STR, required=True),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(GenerationReference, type_="type")
