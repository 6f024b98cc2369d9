from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
)


@_attrs_define(slots=False)
class UserActivity(Lazy, AdditionalProperties[Any]):
    """Schema for user activity pings"""

    type_: Literal["user_activity"] = _attrs_field(
        default="user_activity",
        kw_only=True,
        alias="type",
        validator=types.tag("UserActivity", "type", "user_activity"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("user_activity"), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(UserActivity, type_="type")
