from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    BOOL,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    union,
)


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AssignableUserResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    user_id (str):
    email (str):
    first_name (None | str):
    is_service_account (bool):
    has_access (bool): Whether this workspace member currently has at least viewer access to the agent. Members
        without access are still returned so they can be surfaced (e.g. grayed out) and granted access before being
        assigned.
    """

    user_id: str

    email: str

    first_name: None | str = _attrs_field(default=None, kw_only=True)

    is_service_account: bool

    has_access: bool

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    # What each field is in the body: types.Lazy reads and writes the model by it (types.py: Field).
    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("user_id", "user_id", STR, required=True),
        Field("email", "email", STR, required=True),
        Field("first_name", "first_name", union(STR, NULL), required=True),
        Field("is_service_account", "is_service_account", BOOL, required=True),
        Field("has_access", "has_access", BOOL, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
