from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    const,
    dict_of,
)


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class PostDialDigitsStatic(Lazy, AdditionalProperties[Any]):
    """Attributes:
    value (str): DTMF digits to send after call connects (e.g., 'ww1234' for extension)
    type_ (Literal['static'] | Unset):  Default: 'static'.
    """

    value: str

    type_: Literal["static"] | Unset = _attrs_field(
        default="static",
        kw_only=True,
        alias="type",
        validator=types.tag("PostDialDigitsStatic", "type", "static"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    # What each field is in the body: types.Lazy reads and writes the model by it (types.py: Field).
    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("value", "value", STR, required=True),
        Field("type_", "type", const("static")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(PostDialDigitsStatic, type_="type")
