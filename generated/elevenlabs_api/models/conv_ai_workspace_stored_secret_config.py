from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    BOOL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)
from ..models._literals import SecretDependencyType
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ConvAiWorkspaceStoredSecretConfig(Lazy, AdditionalProperties[Any]):
    type_: Literal["stored"] = _attrs_field(
        default="stored",
        kw_only=True,
        alias="type",
        validator=types.tag("ConvAiWorkspaceStoredSecretConfig", "type", "stored"),
    )

    secret_id: str

    name: str

    used_by: ConvAiStoredSecretDependencies

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("stored"), required=True),
        Field("secret_id", "secret_id", STR, required=True),
        Field("name", "name", STR, required=True),
        Field("used_by", "used_by", object_of("ConvAiStoredSecretDependencies"), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ConvAiWorkspaceStoredSecretConfig, type_="type")


@_attrs_define(slots=False)
class ConvAiStoredSecretDependencies(Lazy, AdditionalProperties[Any]):
    """Attributes:
    tools_has_more: Whether there are more tool dependents beyond the returned preview Defaults to False on the
        server.
    agents_has_more: Whether there are more agent dependents beyond the returned preview Defaults to False on the
        server.
    phone_numbers_has_more: Whether there are more phone number dependents beyond the returned preview Defaults to
        False on the server.
    """

    tools: list[DependentAvailableToolIdentifier | DependentUnknownToolIdentifier | UnknownVariant]

    agents: list[DependentAvailableAgentIdentifier | DependentUnknownAgentIdentifier | UnknownVariant]

    others: list[SecretDependencyType | str]

    tools_has_more: bool | Unset = UNSET

    agents_has_more: bool | Unset = UNSET

    phone_numbers: list[DependentPhoneNumberIdentifier] | Unset = UNSET

    phone_numbers_has_more: bool | Unset = UNSET

    mcp_servers: (
        list[DependentAvailableMcpServerIdentifier | DependentUnknownMcpServerIdentifier | UnknownVariant] | Unset
    ) = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "tools",
            "tools",
            list_of(
                union(
                    object_of("DependentAvailableToolIdentifier"),
                    object_of("DependentUnknownToolIdentifier"),
                    object_of("UnknownVariant"),
                )
            ),
            required=True,
        ),
        Field(
            "agents",
            "agents",
            list_of(
                union(
                    object_of("DependentAvailableAgentIdentifier"),
                    object_of("DependentUnknownAgentIdentifier"),
                    object_of("UnknownVariant"),
                )
            ),
            required=True,
        ),
        Field("others", "others", list_of(union(literal("SecretDependencyType"), STR)), required=True),
        Field("tools_has_more", "tools_has_more", BOOL),
        Field("agents_has_more", "agents_has_more", BOOL),
        Field("phone_numbers", "phone_numbers", list_of(object_of("DependentPhoneNumberIdentifier"))),
        Field("phone_numbers_has_more", "phone_numbers_has_more", BOOL),
        Field(
            "mcp_servers",
            "mcp_servers",
            list_of(
                union(
                    object_of("DependentAvailableMcpServerIdentifier"),
                    object_of("DependentUnknownMcpServerIdentifier"),
                    object_of("UnknownVariant"),
                )
            ),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dependent_available_agent_identifier import DependentAvailableAgentIdentifier
from ..models.dependent_available_mcp_server_identifier import DependentAvailableMcpServerIdentifier
from ..models.dependent_available_tool_identifier import DependentAvailableToolIdentifier
from ..models.dependent_phone_number_identifier import DependentPhoneNumberIdentifier
from ..models.dependent_unknown_agent_identifier import DependentUnknownAgentIdentifier
from ..models.dependent_unknown_mcp_server_identifier import DependentUnknownMcpServerIdentifier
from ..models.dependent_unknown_tool_identifier import DependentUnknownToolIdentifier
from ..models.unknown_variant import UnknownVariant
