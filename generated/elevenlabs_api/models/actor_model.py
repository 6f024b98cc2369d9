from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ActorModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ActorModel(Lazy):
    """OCSF Actor object - describes the entity that performed the action.

    Spec: https://schema.ocsf.io/1.6.0/objects/actor

    Attributes:
        user (UserModel): OCSF User object.

            Spec: https://schema.ocsf.io/1.6.0/objects/user
        app_name (None | str | Unset): Client application or service name
        app_uid (None | str | Unset): Client application unique identifier
        session (ActorModelSessionType0 | None | Unset): Session information
    """

    user: UserModel

    app_name: None | str | Unset = UNSET

    app_uid: None | str | Unset = UNSET

    session: ActorModelSessionType0 | None | Unset = UNSET

    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("user",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        user: Any
        try:
            user = self.user.to_dict()
        except (AttributeError, TypeError):
            user = self.user

        app_name: Any
        try:
            app_name = self.app_name

        except (AttributeError, TypeError):
            app_name = self.app_name

        app_uid: Any
        try:
            app_uid = self.app_uid

        except (AttributeError, TypeError):
            app_uid = self.app_uid

        session: Any
        try:
            if isinstance(self.session, Unset):
                session = UNSET
            elif isinstance(self.session, ActorModelSessionType0):
                session = self.session.to_dict()
            else:
                session = self.session

        except (AttributeError, TypeError):
            session = self.session

        field_dict: dict[str, Any] = {}
        if user is not None or "user" not in self._missing_fields:
            field_dict["user"] = user
        if app_name is not UNSET:
            field_dict["app_name"] = app_name
        if app_uid is not UNSET:
            field_dict["app_uid"] = app_uid
        if session is not UNSET:
            field_dict["session"] = session
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        actor_model = cls.__new__(cls)
        actor_model.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return actor_model


def _read_user(cls: type[ActorModel], d: Mapping[str, Any]) -> Any:
    user_raw = d.get("user", MISSING)
    if user_raw is MISSING:
        user = missing_field(cls, "user")
    else:
        try:
            user = UserModel.from_dict(user_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            user = deviating_field(cls, "user", user_raw)

    return user


_read_app_name = plain_reader(
    "app_name",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_app_uid = plain_reader(
    "app_uid",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_session(cls: type[ActorModel], d: Mapping[str, Any]) -> Any:
    session_raw = d.get("session", UNSET)
    try:

        def _parse_session(data: object) -> ActorModelSessionType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            session_type_0 = ActorModelSessionType0.from_dict(data)

            return session_type_0

        session = _parse_session(session_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        session = deviating_field(cls, "session", session_raw)

    return session


def _all_fields(cls: type[ActorModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "user" in known:
        user = known["user"]
    else:
        user = _read_user(cls, d)

    app_name = d.get("app_name", UNSET)
    if app_name.__class__ is not str and app_name is not None and app_name is not UNSET:
        app_name = _read_app_name(cls, d)

    app_uid = d.get("app_uid", UNSET)
    if app_uid.__class__ is not str and app_uid is not None and app_uid is not UNSET:
        app_uid = _read_app_uid(cls, d)

    if "session" in known:
        session = known["session"]
    else:
        session = d.get("session", UNSET)
        if session is not UNSET and session is not None:
            session = _read_session(cls, d)

    return {
        "user": user,
        "app_name": app_name,
        "app_uid": app_uid,
        "session": session,
        "_missing_fields": (),
    }


set_readers(
    ActorModel,
    _all_fields,
    {
        "user": _read_user,
        "app_name": _read_app_name,
        "app_uid": _read_app_uid,
        "session": _read_session,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.actor_model_session_type_0 import ActorModelSessionType0
from ..models.user_model import UserModel
