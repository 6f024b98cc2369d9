from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="AlertingIntegrationNotifier")


@_attrs_define
class AlertingIntegrationNotifier:
    """Attributes:
    connection_id (str): ID of the workspace integration connection (e.g. PagerDuty) to deliver alert lifecycle
        notifications to. The connection's integration must have the monitoring capability.
    type_ (Literal['integration'] | Unset):  Default: 'integration'.
    """

    connection_id: str

    type_: Literal["integration"] | Unset = "integration"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "integration")

    def to_dict(self) -> dict[str, Any]:
        connection_id = self.connection_id

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if connection_id is not None or "connection_id" not in self._missing_fields:
            field_dict["connection_id"] = connection_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        type__raw = d.pop("type", UNSET)
        type_ = cast(Literal["integration"] | Unset, type__raw)
        if type_ != "integration" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'integration', got '{type_}'")

        connection_id = d.pop("connection_id", MISSING)
        if connection_id.__class__ is not str:
            if connection_id is MISSING:
                connection_id = missing_field(cls, "connection_id")
                _missing += ("connection_id",)
            else:
                connection_id = unexpected_type(cls, "connection_id", connection_id, "a string")

        alerting_integration_notifier = cls(
            connection_id=connection_id,
            type_=type_,
        )
        if _missing:
            alerting_integration_notifier._missing_fields = _missing
        alerting_integration_notifier.additional_properties = d
        return alerting_integration_notifier

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
