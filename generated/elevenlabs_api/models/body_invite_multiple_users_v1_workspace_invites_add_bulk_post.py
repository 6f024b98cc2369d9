from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.seat_type import SeatType, check_seat_type
from ..types import (
    MISSING,
    UNSET,
    Unset,
    check_items,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="BodyInviteMultipleUsersV1WorkspaceInvitesAddBulkPost")


@_attrs_define
class BodyInviteMultipleUsersV1WorkspaceInvitesAddBulkPost:
    """Attributes:
    emails (list[str]): The email of the customer
    seat_type (None | SeatType | Unset): The seat type of the user
    group_ids (list[str] | None | Unset): The group ids of the user
    usage_limit (int | None | Unset): Monthly credit usage limit for the invitee. Omit or set to null for no custom
        cap.
    """

    emails: list[str]

    seat_type: None | SeatType | Unset = UNSET

    group_ids: list[str] | None | Unset = UNSET

    usage_limit: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        emails: Any
        try:
            emails = self.emails

        except (AttributeError, TypeError):
            emails = self.emails

        seat_type: Any
        try:
            if isinstance(self.seat_type, Unset):
                seat_type = UNSET
            elif isinstance(self.seat_type, str):
                seat_type = self.seat_type
            else:
                seat_type = self.seat_type

        except (AttributeError, TypeError):
            seat_type = self.seat_type

        group_ids: Any
        try:
            if isinstance(self.group_ids, Unset):
                group_ids = UNSET
            elif isinstance(self.group_ids, list):
                group_ids = self.group_ids

            else:
                group_ids = self.group_ids

        except (AttributeError, TypeError):
            group_ids = self.group_ids

        usage_limit: Any
        try:
            usage_limit = self.usage_limit

        except (AttributeError, TypeError):
            usage_limit = self.usage_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if emails is not None or "emails" not in self._missing_fields:
            field_dict["emails"] = emails
        if seat_type is not UNSET:
            field_dict["seat_type"] = seat_type
        if group_ids is not UNSET:
            field_dict["group_ids"] = group_ids
        if usage_limit is not UNSET:
            field_dict["usage_limit"] = usage_limit
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        emails = d.pop("emails", MISSING)
        if emails.__class__ is not list:
            if emails is MISSING:
                emails = missing_field(cls, "emails")
                _missing += ("emails",)
            else:
                emails = unexpected_type(cls, "emails", emails, "an array")
        elif emails.__class__ is list and emails:
            check_items(cls, "emails", emails, (str,), "a string")

        seat_type_raw = d.pop("seat_type", UNSET)
        try:

            def _parse_seat_type(data: object) -> None | SeatType | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, str):
                    raise TypeError(f"got {type(data).__name__}")
                seat_type_type_0 = check_seat_type(data)

                return seat_type_type_0

            seat_type = _parse_seat_type(seat_type_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            seat_type = deviating_field(cls, "seat_type", seat_type_raw)

        group_ids = d.pop("group_ids", UNSET)
        if group_ids.__class__ is not list and group_ids is not None and group_ids is not UNSET:
            group_ids = unexpected_type(cls, "group_ids", group_ids, "an array or null")
        elif group_ids.__class__ is list and group_ids:
            check_items(cls, "group_ids", group_ids, (str,), "a string")

        usage_limit = d.pop("usage_limit", UNSET)
        if usage_limit.__class__ is not int and usage_limit is not None and usage_limit is not UNSET:
            usage_limit = unexpected_type(cls, "usage_limit", usage_limit, "an integer or null")

        body_invite_multiple_users_v1_workspace_invites_add_bulk_post = cls(
            emails=emails,
            seat_type=seat_type,
            group_ids=group_ids,
            usage_limit=usage_limit,
        )
        if _missing:
            body_invite_multiple_users_v1_workspace_invites_add_bulk_post._missing_fields = _missing
        body_invite_multiple_users_v1_workspace_invites_add_bulk_post.additional_properties = d
        return body_invite_multiple_users_v1_workspace_invites_add_bulk_post

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
