from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    literal,
    union,
)
from ..models._literals import LockReason, PermissionType
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class WorkspaceApiKeyResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    is_disabled: Defaults to False on the server.
    character_limit: Maximum number of credits allowed in the current billing period.
    character_count: Credits already used in the current billing period.
    """

    name: str

    hint: str

    key_id: str

    service_account_user_id: str

    hashed_xi_api_key: str

    created_at_unix: int | None | Unset = UNSET

    is_disabled: bool | Unset = UNSET

    permissions: list[PermissionType | str] | None | Unset = UNSET

    disable_reason: LockReason | None | str | Unset = UNSET

    character_limit: int | None | Unset = UNSET

    character_count: int | None | Unset = UNSET

    allowed_ips: list[str] | None | Unset = UNSET

    third_party_disable_allowed: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", STR, required=True),
        Field("hint", "hint", STR, required=True),
        Field("key_id", "key_id", STR, required=True),
        Field("service_account_user_id", "service_account_user_id", STR, required=True),
        Field("hashed_xi_api_key", "hashed_xi_api_key", STR, required=True),
        Field("created_at_unix", "created_at_unix", union(INT, NULL)),
        Field("is_disabled", "is_disabled", BOOL),
        Field("permissions", "permissions", union(list_of(union(literal("PermissionType"), STR)), NULL)),
        Field("disable_reason", "disable_reason", union(literal("LockReason"), NULL, STR)),
        Field("character_limit", "character_limit", union(INT, NULL)),
        Field("character_count", "character_count", union(INT, NULL)),
        Field("allowed_ips", "allowed_ips", union(list_of(STR), NULL)),
        Field("third_party_disable_allowed", "third_party_disable_allowed", union(BOOL, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
