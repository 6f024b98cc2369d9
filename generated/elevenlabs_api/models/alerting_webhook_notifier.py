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
class AlertingWebhookNotifier(Lazy, AdditionalProperties[Any]):
    """Attributes:
    webhook_id (str): ID of the workspace webhook to deliver alert lifecycle notifications to.
    type_ (Literal['webhook'] | Unset):  Default: 'webhook'.
    """

    webhook_id: str

    type_: Literal["webhook"] | Unset = _attrs_field(
        default="webhook",
        kw_only=True,
        alias="type",
        validator=types.tag("AlertingWebhookNotifier", "type", "webhook"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    # What each field is in the body: types.Lazy reads and writes the model by it (types.py: Field).
    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("webhook_id", "webhook_id", STR, required=True),
        Field("type_", "type", const("webhook")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(AlertingWebhookNotifier, type_="type")
