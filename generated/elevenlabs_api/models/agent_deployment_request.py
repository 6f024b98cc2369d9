from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    deviating_field,
    expect_array,
    missing_field,
)

T = TypeVar("T", bound="AgentDeploymentRequest")


@_attrs_define
class AgentDeploymentRequest:
    """Attributes:
    requests (list[AgentDeploymentRequestItem]): List of deployment requests
    """

    requests: list[AgentDeploymentRequestItem]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        requests: Any
        try:
            requests = []
            for requests_item_data in self.requests:
                requests_item = requests_item_data.to_dict()
                requests.append(requests_item)

        except (AttributeError, TypeError):
            requests = self.requests

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if requests is not None or "requests" not in self._missing_fields:
            field_dict["requests"] = requests
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        requests_raw = d.pop("requests", MISSING)
        if requests_raw is MISSING:
            requests = missing_field(cls, "requests")
            _missing += ("requests",)
        else:
            try:
                expect_array("requests", requests_raw)
                requests = []
                _requests = requests_raw
                for requests_item_data in _requests:
                    requests_item = AgentDeploymentRequestItem.from_dict(requests_item_data)

                    requests.append(requests_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                requests = deviating_field(cls, "requests", requests_raw)

        agent_deployment_request = cls(
            requests=requests,
        )
        if _missing:
            agent_deployment_request._missing_fields = _missing
        agent_deployment_request.additional_properties = d
        return agent_deployment_request

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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_deployment_request_item import AgentDeploymentRequestItem
