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
    list_of,
)


@_attrs_define(slots=False)
class VoicesNotPermittedWarning(Lazy, AdditionalProperties[Any]):
    """Attributes:
    type_: Identifies this warning; branch on it to read the fields below.
    speaker_ids: Speakers whose voices were not permitted for cloning. The dub used a replacement voice for each of
        them; the rest of the speakers are unaffected.
    message: Human-readable description of the warning, for display. The wording may change at any time; branch on
        `type` instead.
    """

    type_: Literal["voices_not_permitted"] = _attrs_field(
        default="voices_not_permitted",
        kw_only=True,
        alias="type",
        validator=types.tag("VoicesNotPermittedWarning", "type", "voices_not_permitted"),
    )

    speaker_ids: list[str]

    message: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("voices_not_permitted"), required=True),
        Field("speaker_ids", "speaker_ids", list_of(STR), required=True),
        Field("message", "message", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(VoicesNotPermittedWarning, type_="type")
