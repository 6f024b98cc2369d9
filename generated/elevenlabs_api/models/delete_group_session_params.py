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
)


@_attrs_define(slots=False)
class DeleteGroupSessionParams(Lazy, AdditionalProperties[Any]):
    """Permanently remove a previously-cancelled group session.

    Group analogue of ``delete_calendar_event``: cancel
    (``cancel_group_session_for_all``) is the soft, history-preserving step;
    this tool is the irreversible follow-up that drops the row from Mongo
    and the staff Google Calendar entirely. The backend rejects the call
    (422) if the session hasn't been cancelled yet, so the only safe path
    is cancel-then-delete.

    Attributes:
        smb_tool_type:  Default: 'delete_group_session'.
    """

    smb_tool_type: Literal["delete_group_session"] | Unset = _attrs_field(
        default="delete_group_session",
        kw_only=True,
        validator=types.tag("DeleteGroupSessionParams", "smb_tool_type", "delete_group_session"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("delete_group_session")),
        Field("additional_properties", None, dict_of(ANY)),
    )
