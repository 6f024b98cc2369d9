from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models._literals import UserTypeId, check_user_type_id
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="UserModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class UserModel(Lazy):
    """OCSF User object.

    Spec: https://schema.ocsf.io/1.6.0/objects/user

    Attributes:
        name (None | str | Unset): Username
        uid (None | str | Unset): Unique user identifier
        type_id (int | Unset | UserTypeId): Account type identifier Defaults to 1 on the server.
        type_ (None | str | Unset): Account type description
        email_addr (None | str | Unset): User email address
        full_name (None | str | Unset): Full name of the user
        domain (None | str | Unset): User's domain
    """

    name: None | str | Unset = UNSET

    uid: None | str | Unset = UNSET

    type_id: int | Unset | UserTypeId = UNSET

    type_: None | str | Unset = UNSET

    email_addr: None | str | Unset = UNSET

    full_name: None | str | Unset = UNSET

    domain: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        name: Any
        try:
            name = self.name

        except (AttributeError, TypeError):
            name = self.name

        uid: Any
        try:
            uid = self.uid

        except (AttributeError, TypeError):
            uid = self.uid

        type_id: Any
        try:
            if isinstance(self.type_id, Unset):
                type_id = UNSET
            elif isinstance(self.type_id, int):
                type_id = self.type_id
            else:
                type_id = self.type_id

        except (AttributeError, TypeError):
            type_id = self.type_id

        type_: Any
        try:
            type_ = self.type_

        except (AttributeError, TypeError):
            type_ = self.type_

        email_addr: Any
        try:
            email_addr = self.email_addr

        except (AttributeError, TypeError):
            email_addr = self.email_addr

        full_name: Any
        try:
            full_name = self.full_name

        except (AttributeError, TypeError):
            full_name = self.full_name

        domain: Any
        try:
            domain = self.domain

        except (AttributeError, TypeError):
            domain = self.domain

        field_dict: dict[str, Any] = {}
        if name is not UNSET:
            field_dict["name"] = name
        if uid is not UNSET:
            field_dict["uid"] = uid
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if email_addr is not UNSET:
            field_dict["email_addr"] = email_addr
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if domain is not UNSET:
            field_dict["domain"] = domain
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        user_model = cls.__new__(cls)
        user_model.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return user_model


_read_name = plain_reader(
    "name",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_uid = plain_reader(
    "uid",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_type_id(cls: type[UserModel], d: Mapping[str, Any]) -> Any:
    type_id_raw = d.get("type_id", UNSET)
    try:

        def _parse_type_id(data: object) -> int | Unset | UserTypeId:
            if isinstance(data, Unset):
                return data

            try:
                if not isinstance(data, int):
                    raise TypeError(f"got {type(data).__name__}")
                type_id_type_0 = check_user_type_id(data)

                return type_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("int | Unset | UserTypeId", data)

        type_id = _parse_type_id(type_id_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        type_id = deviating_field(cls, "type_id", type_id_raw)

    return type_id


_read_type_ = plain_reader(
    "type",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_email_addr = plain_reader(
    "email_addr",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_full_name = plain_reader(
    "full_name",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_domain = plain_reader(
    "domain",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _all_fields(cls: type[UserModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    name = d.get("name", UNSET)
    if name.__class__ is not str and name is not None and name is not UNSET:
        name = _read_name(cls, d)

    uid = d.get("uid", UNSET)
    if uid.__class__ is not str and uid is not None and uid is not UNSET:
        uid = _read_uid(cls, d)

    if "type_id" in known:
        type_id = known["type_id"]
    else:
        type_id = d.get("type_id", UNSET)
        if type_id is not UNSET:
            type_id = _read_type_id(cls, d)

    type_ = d.get("type", UNSET)
    if type_.__class__ is not str and type_ is not None and type_ is not UNSET:
        type_ = _read_type_(cls, d)

    email_addr = d.get("email_addr", UNSET)
    if email_addr.__class__ is not str and email_addr is not None and email_addr is not UNSET:
        email_addr = _read_email_addr(cls, d)

    full_name = d.get("full_name", UNSET)
    if full_name.__class__ is not str and full_name is not None and full_name is not UNSET:
        full_name = _read_full_name(cls, d)

    domain = d.get("domain", UNSET)
    if domain.__class__ is not str and domain is not None and domain is not UNSET:
        domain = _read_domain(cls, d)

    return {
        "name": name,
        "uid": uid,
        "type_id": type_id,
        "type_": type_,
        "email_addr": email_addr,
        "full_name": full_name,
        "domain": domain,
    }


set_readers(
    UserModel,
    _all_fields,
    {
        "name": _read_name,
        "uid": _read_uid,
        "type_id": _read_type_id,
        "type_": _read_type_,
        "email_addr": _read_email_addr,
        "full_name": _read_full_name,
        "domain": _read_domain,
    },
)
