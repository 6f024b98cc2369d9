from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ReplicateVoiceToIsolatedEnvironmentRequestModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    target_workspace_id: ID of the workspace to replicate the voice into. It must belong to the same consolidated
        billing group as the calling workspace; the target's data residency is derived from that link.
    preserve_voice_id: When true (default) the replicated voice keeps the same voice ID in the target residency; set
        to false to assign a new voice ID. Defaults to True on the server.
    """

    target_workspace_id: str

    preserve_voice_id: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("target_workspace_id", "target_workspace_id", STR, required=True),
        Field("preserve_voice_id", "preserve_voice_id", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )
