from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    ANY,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    const,
    dict_of,
    list_of,
    object_of,
)


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class WhatsAppTemplateBodyComponentParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    parameters (list[WhatsAppTemplateTextParam]):
    type_ (Literal['body'] | Unset):  Default: 'body'.
    """

    parameters: list[WhatsAppTemplateTextParam]

    type_: Literal["body"] | Unset = _attrs_field(
        default="body",
        kw_only=True,
        alias="type",
        validator=types.tag("WhatsAppTemplateBodyComponentParams", "type", "body"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    # What each field is in the body: types.Lazy reads and writes the model by it (types.py: Field).
    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("parameters", "parameters", list_of(object_of("WhatsAppTemplateTextParam")), required=True),
        Field("type_", "type", const("body")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(WhatsAppTemplateBodyComponentParams, type_="type")


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.whats_app_template_text_param import WhatsAppTemplateTextParam
