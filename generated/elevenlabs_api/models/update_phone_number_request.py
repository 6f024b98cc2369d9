from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    literal,
    object_of,
    union,
)
from ..models._literals import LivekitStackType
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class UpdatePhoneNumberRequest(Lazy, AdditionalProperties[Any]):
    """Attributes:
    environment: Environment to use for resolving environment variables on calls to this number.
    branch_id: Agent branch to use for calls to this number.
    """

    agent_id: None | str | Unset = UNSET

    label: None | str | Unset = UNSET

    inbound_trunk_config: InboundSipTrunkConfigRequestModel | None | Unset = UNSET

    outbound_trunk_config: None | OutboundSipTrunkConfigRequestModel | Unset = UNSET

    livekit_stack: LivekitStackType | None | Unset = UNSET

    store_sip_messages: bool | None | Unset = UNSET

    environment: None | str | Unset = UNSET

    branch_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("agent_id", "agent_id", union(STR, NULL)),
        Field("label", "label", union(STR, NULL)),
        Field(
            "inbound_trunk_config", "inbound_trunk_config", union(object_of("InboundSipTrunkConfigRequestModel"), NULL)
        ),
        Field(
            "outbound_trunk_config",
            "outbound_trunk_config",
            union(object_of("OutboundSipTrunkConfigRequestModel"), NULL),
        ),
        Field("livekit_stack", "livekit_stack", union(literal("LivekitStackType"), NULL)),
        Field("store_sip_messages", "store_sip_messages", union(BOOL, NULL)),
        Field("environment", "environment", union(STR, NULL)),
        Field("branch_id", "branch_id", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.inbound_sip_trunk_config_request_model import InboundSipTrunkConfigRequestModel
from ..models.outbound_sip_trunk_config_request_model import OutboundSipTrunkConfigRequestModel
