from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import TwilioEdgeLocation, TwilioRegionId, check_twilio_edge_location, check_twilio_region_id
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    deviating_field,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="RegionConfigRequest")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class RegionConfigRequest(Lazy):
    """Attributes:
    region_id (TwilioRegionId): Valid Twilio region IDs.
    token (str): Auth Token for this region
    edge_location (TwilioEdgeLocation): Valid Twilio edge locations.
    """

    region_id: TwilioRegionId

    token: str

    edge_location: TwilioEdgeLocation

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "region_id",
        "token",
        "edge_location",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        region_id: Any
        try:
            region_id = self.region_id
        except (AttributeError, TypeError):
            region_id = self.region_id

        token = self.token

        edge_location: Any
        try:
            edge_location = self.edge_location
        except (AttributeError, TypeError):
            edge_location = self.edge_location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if region_id is not None or "region_id" not in self._missing_fields:
            field_dict["region_id"] = region_id
        if token is not None or "token" not in self._missing_fields:
            field_dict["token"] = token
        if edge_location is not None or "edge_location" not in self._missing_fields:
            field_dict["edge_location"] = edge_location
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        region_config_request = cls.__new__(cls)
        region_config_request.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return region_config_request

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


def _read_region_id(cls: type[RegionConfigRequest], d: Mapping[str, Any]) -> Any:
    region_id_raw = d.get("region_id", MISSING)
    if region_id_raw is MISSING:
        region_id = missing_field(cls, "region_id")
    else:
        try:
            region_id = check_twilio_region_id(region_id_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            region_id = deviating_field(cls, "region_id", region_id_raw)

    return region_id


_read_token = plain_reader("token", (str,), "a string", True)


def _read_edge_location(cls: type[RegionConfigRequest], d: Mapping[str, Any]) -> Any:
    edge_location_raw = d.get("edge_location", MISSING)
    if edge_location_raw is MISSING:
        edge_location = missing_field(cls, "edge_location")
    else:
        try:
            edge_location = check_twilio_edge_location(edge_location_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            edge_location = deviating_field(cls, "edge_location", edge_location_raw)

    return edge_location


_FIELDS: frozenset[str] = frozenset(
    (
        "region_id",
        "token",
        "edge_location",
    )
)


def _read_additional_properties(cls: type[RegionConfigRequest], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[RegionConfigRequest], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "region_id" in known:
        region_id = known["region_id"]
    else:
        region_id = _read_region_id(cls, d)

    token = d.get("token", MISSING)
    if token.__class__ is not str:
        token = _read_token(cls, d)

    if "edge_location" in known:
        edge_location = known["edge_location"]
    else:
        edge_location = _read_edge_location(cls, d)

    return {
        "region_id": region_id,
        "token": token,
        "edge_location": edge_location,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    RegionConfigRequest,
    _all_fields,
    {
        "region_id": _read_region_id,
        "token": _read_token,
        "edge_location": _read_edge_location,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
