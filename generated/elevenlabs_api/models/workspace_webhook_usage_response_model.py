from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_usage_type import WebhookUsageType
from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="WorkspaceWebhookUsageResponseModel")


@_attrs_define
class WorkspaceWebhookUsageResponseModel:
    """Attributes:
    usage_type (str | WebhookUsageType):
    """

    usage_type: str | WebhookUsageType

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        usage_type: Any
        try:
            if isinstance(self.usage_type, str):
                usage_type = self.usage_type
            else:
                usage_type = self.usage_type

        except (AttributeError, TypeError):
            usage_type = self.usage_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if usage_type is not None or "usage_type" not in self._missing_fields:
            field_dict["usage_type"] = usage_type
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        usage_type = d.pop("usage_type", MISSING)
        if usage_type.__class__ is not str:
            if usage_type is MISSING:
                usage_type = missing_field(cls, "usage_type")
                _missing += ("usage_type",)
            else:
                usage_type = unexpected_type(cls, "usage_type", usage_type, "a string")

        workspace_webhook_usage_response_model = cls(
            usage_type=usage_type,
        )
        if _missing:
            workspace_webhook_usage_response_model._missing_fields = _missing
        workspace_webhook_usage_response_model.additional_properties = d
        return workspace_webhook_usage_response_model

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
