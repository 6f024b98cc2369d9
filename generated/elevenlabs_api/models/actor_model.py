from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="ActorModel")


@_attrs_define
class ActorModel:
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
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        user_raw = d.pop("user", MISSING)
        if user_raw is MISSING:
            user = missing_field(cls, "user")
            _missing += ("user",)
        else:
            try:
                user = UserModel.from_dict(user_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                user = deviating_field(cls, "user", user_raw)

        app_name = d.pop("app_name", UNSET)
        if app_name.__class__ is not str and app_name is not None and app_name is not UNSET:
            app_name = unexpected_type(cls, "app_name", app_name, "a string or null")

        app_uid = d.pop("app_uid", UNSET)
        if app_uid.__class__ is not str and app_uid is not None and app_uid is not UNSET:
            app_uid = unexpected_type(cls, "app_uid", app_uid, "a string or null")

        session_raw = d.pop("session", UNSET)
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

        actor_model = cls(
            user=user,
            app_name=app_name,
            app_uid=app_uid,
            session=session,
        )
        if _missing:
            actor_model._missing_fields = _missing
        return actor_model


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.actor_model_session_type_0 import ActorModelSessionType0
from ..models.user_model import UserModel
