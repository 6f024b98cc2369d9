from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="WorkspaceCreateWebhookResponseModel")


@_attrs_define
class WorkspaceCreateWebhookResponseModel:
    """Attributes:
    webhook_id (str):
    webhook_secret (None | str | Unset):
    """

    webhook_id: str

    webhook_secret: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        webhook_id = d.pop("webhook_id", MISSING)
        if webhook_id.__class__ is not str:
            if webhook_id is MISSING:
                webhook_id = missing_field(cls, "webhook_id")
                _missing += ("webhook_id",)
            else:
                webhook_id = unexpected_type(cls, "webhook_id", webhook_id, "a string")

        webhook_secret = d.pop("webhook_secret", UNSET)
        if webhook_secret.__class__ is not str and webhook_secret is not None and webhook_secret is not UNSET:
            webhook_secret = unexpected_type(cls, "webhook_secret", webhook_secret, "a string or null")

        workspace_create_webhook_response_model = cls(
            webhook_id=webhook_id,
            webhook_secret=webhook_secret,
        )
        if _missing:
            workspace_create_webhook_response_model._missing_fields = _missing
        workspace_create_webhook_response_model.additional_properties = d
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
