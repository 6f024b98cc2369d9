from __future__ import annotations

from typing import ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NULL,
    STR,
    UNSET,
    Field,
    Lazy,
    Unset,
    object_of,
    union,
)


@_attrs_define(slots=False)
class ActorModel(Lazy):
    """OCSF Actor object - describes the entity that performed the action.

    Spec: https://schema.ocsf.io/1.6.0/objects/actor

    Attributes:
        user: OCSF User object.

            Spec: https://schema.ocsf.io/1.6.0/objects/user
        app_name: Client application or service name
        app_uid: Client application unique identifier
        session: Session information
    """

    user: UserModel

    app_name: None | str | Unset = UNSET

    app_uid: None | str | Unset = UNSET

    session: ActorModelSessionType0 | None | Unset = UNSET

    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("user", "user", object_of("UserModel"), required=True),
        Field("app_name", "app_name", union(STR, NULL)),
        Field("app_uid", "app_uid", union(STR, NULL)),
        Field("session", "session", union(object_of("ActorModelSessionType0"), NULL)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.actor_model_session_type_0 import ActorModelSessionType0
from ..models.user_model import UserModel
