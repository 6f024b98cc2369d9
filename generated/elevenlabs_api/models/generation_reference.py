from __future__ import annotations

from typing import ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    STR,
    Field,
    Lazy,
    const,
)


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class GenerationReference(Lazy):
    """The output of a prior generation on this API.

    Attributes:
        type_ (Literal['generation']):
        generation_id (str): The ID of the generation whose output to use, as returned when the generation was created.
    """

    type_: Literal["generation"] = _attrs_field(
        default="generation",
        kw_only=True,
        alias="type",
        validator=types.tag("GenerationReference", "type", "generation"),
    )

    generation_id: str

    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    # What each field is in the body: types.Lazy reads and writes the model by it (types.py: Field).
    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("generation"), required=True),
        Field("generation_id", "generation_id", STR, required=True),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(GenerationReference, type_="type")
