from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import SecretDependencyType
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    parse_strictly,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ConvAiStoredSecretDependencies")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ConvAiStoredSecretDependencies(Lazy):
    """Attributes:
    tools (list[DependentAvailableToolIdentifier | DependentUnknownToolIdentifier | UnknownVariant]):
    agents (list[DependentAvailableAgentIdentifier | DependentUnknownAgentIdentifier | UnknownVariant]):
    others (list[SecretDependencyType | str]):
    tools_has_more (bool | Unset): Whether there are more tool dependents beyond the returned preview Defaults to
        False on the server.
    agents_has_more (bool | Unset): Whether there are more agent dependents beyond the returned preview Defaults to
        False on the server.
    phone_numbers (list[DependentPhoneNumberIdentifier] | Unset):
    phone_numbers_has_more (bool | Unset): Whether there are more phone number dependents beyond the returned
        preview Defaults to False on the server.
    mcp_servers (list[DependentAvailableMcpServerIdentifier | DependentUnknownMcpServerIdentifier | UnknownVariant]
        | Unset):
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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "tools",
        "agents",
        "others",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        tools: Any
        try:
            tools = []
            for tools_item_data in self.tools:
                tools_item: dict[str, Any]
                if (
                    isinstance(tools_item_data, DependentAvailableToolIdentifier)
                    or isinstance(tools_item_data, DependentUnknownToolIdentifier)
                    or isinstance(tools_item_data, UnknownVariant)
                ):
                    tools_item = tools_item_data.to_dict()
                else:
                    tools_item = tools_item_data

                tools.append(tools_item)

        except (AttributeError, TypeError):
            tools = self.tools

        agents: Any
        try:
            agents = []
            for agents_item_data in self.agents:
                agents_item: dict[str, Any]
                if (
                    isinstance(agents_item_data, DependentAvailableAgentIdentifier)
                    or isinstance(agents_item_data, DependentUnknownAgentIdentifier)
                    or isinstance(agents_item_data, UnknownVariant)
                ):
                    agents_item = agents_item_data.to_dict()
                else:
                    agents_item = agents_item_data

                agents.append(agents_item)

        except (AttributeError, TypeError):
            agents = self.agents

        others: Any
        try:
            others = []
            for others_item_data in self.others:
                others_item: str
                if isinstance(others_item_data, str):
                    others_item = others_item_data
                else:
                    others_item = others_item_data

                others.append(others_item)

        except (AttributeError, TypeError):
            others = self.others

        tools_has_more = self.tools_has_more

        agents_has_more = self.agents_has_more

        phone_numbers: Any
        try:
            phone_numbers = UNSET
            if not isinstance(self.phone_numbers, Unset):
                phone_numbers = []
                for phone_numbers_item_data in self.phone_numbers:
                    phone_numbers_item = phone_numbers_item_data.to_dict()
                    phone_numbers.append(phone_numbers_item)

        except (AttributeError, TypeError):
            phone_numbers = self.phone_numbers

        phone_numbers_has_more = self.phone_numbers_has_more

        mcp_servers: Any
        try:
            mcp_servers = UNSET
            if not isinstance(self.mcp_servers, Unset):
                mcp_servers = []
                for mcp_servers_item_data in self.mcp_servers:
                    mcp_servers_item: dict[str, Any]
                    if (
                        isinstance(mcp_servers_item_data, DependentAvailableMcpServerIdentifier)
                        or isinstance(mcp_servers_item_data, DependentUnknownMcpServerIdentifier)
                        or isinstance(mcp_servers_item_data, UnknownVariant)
                    ):
                        mcp_servers_item = mcp_servers_item_data.to_dict()
                    else:
                        mcp_servers_item = mcp_servers_item_data

                    mcp_servers.append(mcp_servers_item)

        except (AttributeError, TypeError):
            mcp_servers = self.mcp_servers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if tools is not None or "tools" not in self._missing_fields:
            field_dict["tools"] = tools
        if agents is not None or "agents" not in self._missing_fields:
            field_dict["agents"] = agents
        if others is not None or "others" not in self._missing_fields:
            field_dict["others"] = others
        if tools_has_more is not UNSET:
            field_dict["tools_has_more"] = tools_has_more
        if agents_has_more is not UNSET:
            field_dict["agents_has_more"] = agents_has_more
        if phone_numbers is not UNSET:
            field_dict["phone_numbers"] = phone_numbers
        if phone_numbers_has_more is not UNSET:
            field_dict["phone_numbers_has_more"] = phone_numbers_has_more
        if mcp_servers is not UNSET:
            field_dict["mcp_servers"] = mcp_servers
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        conv_ai_stored_secret_dependencies = cls.__new__(cls)
        conv_ai_stored_secret_dependencies.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return conv_ai_stored_secret_dependencies

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


def _read_tools(cls: type[ConvAiStoredSecretDependencies], d: Mapping[str, Any]) -> Any:
    tools_raw = d.get("tools", MISSING)
    if tools_raw is MISSING:
        tools = missing_field(cls, "tools")
    else:
        try:
            expect_array("tools", tools_raw)
            tools = []
            _tools = tools_raw
            for tools_item_data in _tools:

                def _parse_tools_item(
                    data: object,
                ) -> DependentAvailableToolIdentifier | DependentUnknownToolIdentifier | UnknownVariant:
                    return parse_strictly(_parse_tools_item_member, data)

                def _parse_tools_item_member(
                    data: object,
                ) -> DependentAvailableToolIdentifier | DependentUnknownToolIdentifier | UnknownVariant:
                    if isinstance(data, dict):
                        for known in (
                            DependentAvailableToolIdentifier,
                            DependentUnknownToolIdentifier,
                        ):
                            kind = getattr(known, "_kind", None)
                            if kind is not None and data.get(kind[0]) == kind[1]:
                                return known.from_dict(data)

                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        tools_item_type_0 = DependentAvailableToolIdentifier.from_dict(data)

                        return tools_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        tools_item_type_1 = DependentUnknownToolIdentifier.from_dict(data)

                        return tools_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    tools_item_type_2 = UnknownVariant.from_dict(data)

                    return tools_item_type_2

                tools_item = _parse_tools_item(tools_item_data)

                tools.append(tools_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            tools = deviating_field(cls, "tools", tools_raw)

    return tools


def _read_agents(cls: type[ConvAiStoredSecretDependencies], d: Mapping[str, Any]) -> Any:
    agents_raw = d.get("agents", MISSING)
    if agents_raw is MISSING:
        agents = missing_field(cls, "agents")
    else:
        try:
            expect_array("agents", agents_raw)
            agents = []
            _agents = agents_raw
            for agents_item_data in _agents:

                def _parse_agents_item(
                    data: object,
                ) -> DependentAvailableAgentIdentifier | DependentUnknownAgentIdentifier | UnknownVariant:
                    return parse_strictly(_parse_agents_item_member, data)

                def _parse_agents_item_member(
                    data: object,
                ) -> DependentAvailableAgentIdentifier | DependentUnknownAgentIdentifier | UnknownVariant:
                    if isinstance(data, dict):
                        for known in (
                            DependentAvailableAgentIdentifier,
                            DependentUnknownAgentIdentifier,
                        ):
                            kind = getattr(known, "_kind", None)
                            if kind is not None and data.get(kind[0]) == kind[1]:
                                return known.from_dict(data)

                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        agents_item_type_0 = DependentAvailableAgentIdentifier.from_dict(data)

                        return agents_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        agents_item_type_1 = DependentUnknownAgentIdentifier.from_dict(data)

                        return agents_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    agents_item_type_2 = UnknownVariant.from_dict(data)

                    return agents_item_type_2

                agents_item = _parse_agents_item(agents_item_data)

                agents.append(agents_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            agents = deviating_field(cls, "agents", agents_raw)

    return agents


def _read_others(cls: type[ConvAiStoredSecretDependencies], d: Mapping[str, Any]) -> Any:
    others_raw = d.get("others", MISSING)
    if others_raw is MISSING:
        others = missing_field(cls, "others")
    else:
        try:
            expect_array("others", others_raw)
            others = []
            _others = others_raw
            for others_item_data in _others:
                others_item = others_item_data

                others.append(others_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            others = deviating_field(cls, "others", others_raw)

    return others


_read_tools_has_more = plain_reader("tools_has_more", (bool,), "a boolean", False)

_read_agents_has_more = plain_reader("agents_has_more", (bool,), "a boolean", False)


def _read_phone_numbers(cls: type[ConvAiStoredSecretDependencies], d: Mapping[str, Any]) -> Any:
    phone_numbers_raw = d.get("phone_numbers", UNSET)
    try:
        expect_array("phone_numbers", phone_numbers_raw)
        _phone_numbers = phone_numbers_raw
        phone_numbers: list[DependentPhoneNumberIdentifier] | Unset = UNSET
        if _phone_numbers is not UNSET:
            phone_numbers = []
            for phone_numbers_item_data in _phone_numbers:
                phone_numbers_item = DependentPhoneNumberIdentifier.from_dict(phone_numbers_item_data)

                phone_numbers.append(phone_numbers_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        phone_numbers = deviating_field(cls, "phone_numbers", phone_numbers_raw)

    return phone_numbers


_read_phone_numbers_has_more = plain_reader("phone_numbers_has_more", (bool,), "a boolean", False)


def _read_mcp_servers(cls: type[ConvAiStoredSecretDependencies], d: Mapping[str, Any]) -> Any:
    mcp_servers_raw = d.get("mcp_servers", UNSET)
    try:
        expect_array("mcp_servers", mcp_servers_raw)
        _mcp_servers = mcp_servers_raw
        mcp_servers: (
            list[DependentAvailableMcpServerIdentifier | DependentUnknownMcpServerIdentifier | UnknownVariant] | Unset
        ) = UNSET
        if _mcp_servers is not UNSET:
            mcp_servers = []
            for mcp_servers_item_data in _mcp_servers:

                def _parse_mcp_servers_item(
                    data: object,
                ) -> DependentAvailableMcpServerIdentifier | DependentUnknownMcpServerIdentifier | UnknownVariant:
                    return parse_strictly(_parse_mcp_servers_item_member, data)

                def _parse_mcp_servers_item_member(
                    data: object,
                ) -> DependentAvailableMcpServerIdentifier | DependentUnknownMcpServerIdentifier | UnknownVariant:
                    if isinstance(data, dict):
                        for known in (
                            DependentAvailableMcpServerIdentifier,
                            DependentUnknownMcpServerIdentifier,
                        ):
                            kind = getattr(known, "_kind", None)
                            if kind is not None and data.get(kind[0]) == kind[1]:
                                return known.from_dict(data)

                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        mcp_servers_item_type_0 = DependentAvailableMcpServerIdentifier.from_dict(data)

                        return mcp_servers_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        mcp_servers_item_type_1 = DependentUnknownMcpServerIdentifier.from_dict(data)

                        return mcp_servers_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    mcp_servers_item_type_2 = UnknownVariant.from_dict(data)

                    return mcp_servers_item_type_2

                mcp_servers_item = _parse_mcp_servers_item(mcp_servers_item_data)

                mcp_servers.append(mcp_servers_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        mcp_servers = deviating_field(cls, "mcp_servers", mcp_servers_raw)

    return mcp_servers


_FIELDS: frozenset[str] = frozenset(
    (
        "tools",
        "agents",
        "others",
        "tools_has_more",
        "agents_has_more",
        "phone_numbers",
        "phone_numbers_has_more",
        "mcp_servers",
    )
)


def _read_additional_properties(cls: type[ConvAiStoredSecretDependencies], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ConvAiStoredSecretDependencies], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "tools" in known:
        tools = known["tools"]
    else:
        tools = _read_tools(cls, d)

    if "agents" in known:
        agents = known["agents"]
    else:
        agents = _read_agents(cls, d)

    if "others" in known:
        others = known["others"]
    else:
        others = _read_others(cls, d)

    tools_has_more = d.get("tools_has_more", UNSET)
    if tools_has_more.__class__ is not bool and tools_has_more is not UNSET:
        tools_has_more = _read_tools_has_more(cls, d)

    agents_has_more = d.get("agents_has_more", UNSET)
    if agents_has_more.__class__ is not bool and agents_has_more is not UNSET:
        agents_has_more = _read_agents_has_more(cls, d)

    if "phone_numbers" in known:
        phone_numbers = known["phone_numbers"]
    else:
        phone_numbers = d.get("phone_numbers", UNSET)
        if phone_numbers is not UNSET:
            phone_numbers = _read_phone_numbers(cls, d)

    phone_numbers_has_more = d.get("phone_numbers_has_more", UNSET)
    if phone_numbers_has_more.__class__ is not bool and phone_numbers_has_more is not UNSET:
        phone_numbers_has_more = _read_phone_numbers_has_more(cls, d)

    if "mcp_servers" in known:
        mcp_servers = known["mcp_servers"]
    else:
        mcp_servers = d.get("mcp_servers", UNSET)
        if mcp_servers is not UNSET:
            mcp_servers = _read_mcp_servers(cls, d)

    return {
        "tools": tools,
        "agents": agents,
        "others": others,
        "tools_has_more": tools_has_more,
        "agents_has_more": agents_has_more,
        "phone_numbers": phone_numbers,
        "phone_numbers_has_more": phone_numbers_has_more,
        "mcp_servers": mcp_servers,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ConvAiStoredSecretDependencies,
    _all_fields,
    {
        "tools": _read_tools,
        "agents": _read_agents,
        "others": _read_others,
        "tools_has_more": _read_tools_has_more,
        "agents_has_more": _read_agents_has_more,
        "phone_numbers": _read_phone_numbers,
        "phone_numbers_has_more": _read_phone_numbers_has_more,
        "mcp_servers": _read_mcp_servers,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
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
