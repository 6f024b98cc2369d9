from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.twilio_edge_location import TwilioEdgeLocation, check_twilio_edge_location
from ..models.twilio_region_id import TwilioRegionId, check_twilio_region_id
from ..types import (
    MISSING,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="RegionConfigRequest")


@_attrs_define
class RegionConfigRequest:
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
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        region_id_raw = d.pop("region_id", MISSING)
        if region_id_raw is MISSING:
            region_id = missing_field(cls, "region_id")
            _missing += ("region_id",)
        else:
            try:
                region_id = check_twilio_region_id(region_id_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                region_id = deviating_field(cls, "region_id", region_id_raw)

        token = d.pop("token", MISSING)
        if token.__class__ is not str:
            if token is MISSING:
                token = missing_field(cls, "token")
                _missing += ("token",)
            else:
                token = unexpected_type(cls, "token", token, "a string")

        edge_location_raw = d.pop("edge_location", MISSING)
        if edge_location_raw is MISSING:
            edge_location = missing_field(cls, "edge_location")
            _missing += ("edge_location",)
        else:
            try:
                edge_location = check_twilio_edge_location(edge_location_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                edge_location = deviating_field(cls, "edge_location", edge_location_raw)

        region_config_request = cls(
            region_id=region_id,
            token=token,
            edge_location=edge_location,
        )
        if _missing:
            region_config_request._missing_fields = _missing
        region_config_request.additional_properties = d
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
