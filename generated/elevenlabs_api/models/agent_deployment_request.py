from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AgentDeploymentRequest")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AgentDeploymentRequest(Lazy):
    """Attributes:
    requests (list[AgentDeploymentRequestItem]): List of deployment requests
    """

    requests: list[AgentDeploymentRequestItem]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("requests",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        agent_deployment_request = cls.__new__(cls)
        agent_deployment_request.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
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


def _read_requests(cls: type[AgentDeploymentRequest], d: Mapping[str, Any]) -> Any:
    requests_raw = d.get("requests", MISSING)
    if requests_raw is MISSING:
        requests = missing_field(cls, "requests")
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

    return requests


_FIELDS: frozenset[str] = frozenset(("requests",))


def _read_additional_properties(cls: type[AgentDeploymentRequest], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[AgentDeploymentRequest], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "requests" in known:
        requests = known["requests"]
    else:
        requests = _read_requests(cls, d)

    return {
        "requests": requests,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    AgentDeploymentRequest,
    _all_fields,
    {
        "requests": _read_requests,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_deployment_request_item import AgentDeploymentRequestItem
