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

    # What each field is in the body: types.Lazy reads and writes the model by it (types.py: Field).
    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("user", "user", object_of("UserModel"), required=True),
        Field("app_name", "app_name", union(STR, NULL)),
        Field("app_uid", "app_uid", union(STR, NULL)),
        Field("session", "session", union(object_of("ActorModelSessionType0"), NULL)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.actor_model_session_type_0 import ActorModelSessionType0
from ..models.user_model import UserModel
