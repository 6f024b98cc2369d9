from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import TwilioEdgeLocation, TwilioRegionId
from ..types import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    literal,
)


@_attrs_define(slots=False)
class RegionConfigRequest(Lazy, AdditionalProperties[Any]):
    """Attributes:
    region_id: Valid Twilio region IDs.
    token: Auth Token for this region
    edge_location: Valid Twilio edge locations.
    """

    region_id: TwilioRegionId

    token: str

    edge_location: TwilioEdgeLocation

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("region_id", "region_id", literal("TwilioRegionId"), required=True),
        Field("token", "token", STR, required=True),
        Field("edge_location", "edge_location", literal("TwilioEdgeLocation"), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
