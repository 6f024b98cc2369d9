from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    INT,
    NULL,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class AutoSyncInfo(Lazy, AdditionalProperties[Any]):
    """Attributes:
    minimum_frequency_days: Minimum frequency (in days) at which the document is refreshed. The actual interval may
        be shorter, never longer. Defaults to 7 on the server.
    auto_remove: Whether to remove the document if the URL becomes unavailable Defaults to False on the server.
    consec_failures: Number of consecutive sync failures Defaults to 0 on the server.
    next_refresh_by: Unix timestamp for the next scheduled sync or None (in case of folders)
    """

    minimum_frequency_days: int | Unset = UNSET

    auto_remove: bool | Unset = UNSET

    consec_failures: int | Unset = UNSET

    next_refresh_by: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("minimum_frequency_days", "minimum_frequency_days", INT),
        Field("auto_remove", "auto_remove", BOOL),
        Field("consec_failures", "consec_failures", INT),
        Field("next_refresh_by", "next_refresh_by", union(INT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
