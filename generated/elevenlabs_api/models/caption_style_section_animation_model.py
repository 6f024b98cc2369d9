from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.caption_style_section_animation_model_enter_type_type_0 import (
    CaptionStyleSectionAnimationModelEnterTypeType0,
)
from ..models.caption_style_section_animation_model_exit_type_type_0 import (
    CaptionStyleSectionAnimationModelExitTypeType0,
)
from ..types import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    literal,
    union,
)


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class CaptionStyleSectionAnimationModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    enter_type (CaptionStyleSectionAnimationModelEnterTypeType0 | str):
    exit_type (CaptionStyleSectionAnimationModelExitTypeType0 | str):
    """

    enter_type: CaptionStyleSectionAnimationModelEnterTypeType0 | str

    exit_type: CaptionStyleSectionAnimationModelExitTypeType0 | str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    # What each field is in the body: types.Lazy reads and writes the model by it (types.py: Field).
    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "enter_type",
            "enter_type",
            union(literal("CaptionStyleSectionAnimationModelEnterTypeType0"), STR),
            required=True,
        ),
        Field(
            "exit_type",
            "exit_type",
            union(literal("CaptionStyleSectionAnimationModelExitTypeType0"), STR),
            required=True,
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )
