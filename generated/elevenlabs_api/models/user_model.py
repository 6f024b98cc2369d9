from __future__ import annotations

from typing import ClassVar

from attrs import define as _attrs_define

from ..models._literals import UserTypeId
from ..types import (
    INT,
    NULL,
    STR,
    UNSET,
    Field,
    Lazy,
    Unset,
    literal,
    union,
)


@_attrs_define(slots=False)
class UserModel(Lazy):
    """OCSF User object.

    Spec: https://schema.ocsf.io/1.6.0/objects/user

    Attributes:
        name: Username
        uid: Unique user identifier
        type_id: Account type identifier Defaults to 1 on the server.
        type_: Account type description
        email_addr: User email address
        full_name: Full name of the user
        domain: User's domain
    """

    name: None | str | Unset = UNSET

    uid: None | str | Unset = UNSET

    type_id: int | Unset | UserTypeId = UNSET

    type_: None | str | Unset = UNSET

    email_addr: None | str | Unset = UNSET

    full_name: None | str | Unset = UNSET

    domain: None | str | Unset = UNSET

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", union(STR, NULL)),
        Field("uid", "uid", union(STR, NULL)),
        Field("type_id", "type_id", union(literal("UserTypeId"), INT)),
        Field("type_", "type", union(STR, NULL)),
        Field("email_addr", "email_addr", union(STR, NULL)),
        Field("full_name", "full_name", union(STR, NULL)),
        Field("domain", "domain", union(STR, NULL)),
    )
