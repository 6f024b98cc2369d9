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
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="WorkspaceCreateWebhookResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class WorkspaceCreateWebhookResponseModel(Lazy):
    """Attributes:
    webhook_id (str):
    webhook_secret (None | str | Unset):
    """

    webhook_id: str

    webhook_secret: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("webhook_id",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        webhook_id = self.webhook_id

        webhook_secret: Any
        try:
            webhook_secret = self.webhook_secret

        except (AttributeError, TypeError):
            webhook_secret = self.webhook_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if webhook_id is not None or "webhook_id" not in self._missing_fields:
            field_dict["webhook_id"] = webhook_id
        if webhook_secret is not UNSET:
            field_dict["webhook_secret"] = webhook_secret
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        workspace_create_webhook_response_model = cls.__new__(cls)
        workspace_create_webhook_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return workspace_create_webhook_response_model

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


_read_webhook_id = plain_reader("webhook_id", (str,), "a string", True)

_read_webhook_secret = plain_reader(
    "webhook_secret",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "webhook_id",
        "webhook_secret",
    )
)


def _read_additional_properties(cls: type[WorkspaceCreateWebhookResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[WorkspaceCreateWebhookResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    webhook_id = d.get("webhook_id", MISSING)
    if webhook_id.__class__ is not str:
        webhook_id = _read_webhook_id(cls, d)

    webhook_secret = d.get("webhook_secret", UNSET)
    if webhook_secret.__class__ is not str and webhook_secret is not None and webhook_secret is not UNSET:
        webhook_secret = _read_webhook_secret(cls, d)

    return {
        "webhook_id": webhook_id,
        "webhook_secret": webhook_secret,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    WorkspaceCreateWebhookResponseModel,
    _all_fields,
    {
        "webhook_id": _read_webhook_id,
        "webhook_secret": _read_webhook_secret,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
