from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    McpApprovalPolicy,
    McpServerTransport,
    PreToolSpeechMode,
    ToolCallSoundBehavior,
    ToolCallSoundType,
    ToolExecutionMode,
    ToolInterruptionMode,
    check_mcp_approval_policy,
    check_mcp_server_transport,
    check_pre_tool_speech_mode,
    check_tool_call_sound_behavior,
    check_tool_call_sound_type,
    check_tool_execution_mode,
    check_tool_interruption_mode,
)
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

T = TypeVar("T", bound="McpServerConfigInput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class McpServerConfigInput(Lazy):
    """Attributes:
    url (ConvAiSecretLocator | str): The URL of the MCP server, if this contains a secret please store as a
        workspace secret, otherwise store as a plain string. Must use https
    name (str):
    approval_policy (McpApprovalPolicy | Unset): Defines the MCP server-level approval policy for tool execution.
    tool_approval_hashes (list[McpToolApprovalHash] | Unset): List of tool approval hashes for per-tool approval
        when approval_policy is REQUIRE_APPROVAL_PER_TOOL
    transport (McpServerTransport | Unset): Supported MCP server transport types.
    secret_token (ConvAiSecretLocator | ConvAiUserSecretDbModel | None | Unset): The secret token (Authorization
        header) stored as a workspace secret or in-place secret
    request_headers (McpServerConfigInputRequestHeaders | Unset): The headers included in the request
    request_meta (McpServerConfigInputRequestMeta | Unset): Entries sent in the MCP `_meta` field of tools/call
        requests. Values may be JSON scalars, or references to a workspace secret, dynamic variable, or environment
        variable resolved per call.
    auth_connection (AuthConnectionLocator | EnvironmentAuthConnectionLocator | None | Unset): Optional auth
        connection to use for authentication with this MCP server
    description (str | Unset): Defaults to empty on the server.
    force_pre_tool_speech (bool | Unset): DEPRECATED: use `pre_tool_speech` instead. If true, all tools from this
        MCP server will require pre-tool execution speech. Defaults to False on the server.
    pre_tool_speech (PreToolSpeechMode | Unset):
    disable_interruptions (bool | Unset): DEPRECATED: use `interruption_mode` instead. If true, the user will not be
        able to interrupt the agent while any tool from this MCP server is running. Defaults to False on the server.
    interruption_mode (ToolInterruptionMode | Unset):
    tool_call_sound (None | ToolCallSoundType | Unset): Predefined tool call sound type to play during tool
        execution for all tools from this MCP server
    tool_call_sound_behavior (ToolCallSoundBehavior | Unset): Determines how the tool call sound should be played.
    execution_mode (ToolExecutionMode | Unset):
    response_timeout_secs (int | Unset): The maximum time in seconds to wait for each MCP tool call to complete.
        Must be between 5 and 300 seconds (inclusive). Defaults to 30 on the server.
    tool_config_overrides (list[McpToolConfigOverrideInput] | Unset): List of per-tool configuration overrides that
        override the server-level defaults for specific tools
    disable_compression (bool | Unset): Whether to disable HTTP compression for this MCP server. Enable this if the
        server does not support compressed responses. Defaults to False on the server.
    """

    url: ConvAiSecretLocator | str

    name: str

    approval_policy: McpApprovalPolicy | Unset = UNSET

    tool_approval_hashes: list[McpToolApprovalHash] | Unset = UNSET

    transport: McpServerTransport | Unset = UNSET

    secret_token: ConvAiSecretLocator | ConvAiUserSecretDbModel | None | Unset = UNSET

    request_headers: McpServerConfigInputRequestHeaders | Unset = UNSET

    request_meta: McpServerConfigInputRequestMeta | Unset = UNSET

    auth_connection: AuthConnectionLocator | EnvironmentAuthConnectionLocator | None | Unset = UNSET

    description: str | Unset = UNSET

    force_pre_tool_speech: bool | Unset = UNSET

    pre_tool_speech: PreToolSpeechMode | Unset = UNSET

    disable_interruptions: bool | Unset = UNSET

    interruption_mode: ToolInterruptionMode | Unset = UNSET

    tool_call_sound: None | ToolCallSoundType | Unset = UNSET

    tool_call_sound_behavior: ToolCallSoundBehavior | Unset = UNSET

    execution_mode: ToolExecutionMode | Unset = UNSET

    response_timeout_secs: int | Unset = UNSET

    tool_config_overrides: list[McpToolConfigOverrideInput] | Unset = UNSET

    disable_compression: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "url",
        "name",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        url: Any
        try:
            if isinstance(self.url, ConvAiSecretLocator):
                url = self.url.to_dict()
            else:
                url = self.url

        except (AttributeError, TypeError):
            url = self.url

        name = self.name

        approval_policy: Any
        try:
            approval_policy = UNSET
            if not isinstance(self.approval_policy, Unset):
                approval_policy = self.approval_policy

        except (AttributeError, TypeError):
            approval_policy = self.approval_policy

        tool_approval_hashes: Any
        try:
            tool_approval_hashes = UNSET
            if not isinstance(self.tool_approval_hashes, Unset):
                tool_approval_hashes = []
                for tool_approval_hashes_item_data in self.tool_approval_hashes:
                    tool_approval_hashes_item = tool_approval_hashes_item_data.to_dict()
                    tool_approval_hashes.append(tool_approval_hashes_item)

        except (AttributeError, TypeError):
            tool_approval_hashes = self.tool_approval_hashes

        transport: Any
        try:
            transport = UNSET
            if not isinstance(self.transport, Unset):
                transport = self.transport

        except (AttributeError, TypeError):
            transport = self.transport

        secret_token: Any
        try:
            if isinstance(self.secret_token, Unset):
                secret_token = UNSET
            elif isinstance(self.secret_token, ConvAiSecretLocator) or isinstance(
                self.secret_token, ConvAiUserSecretDbModel
            ):
                secret_token = self.secret_token.to_dict()
            else:
                secret_token = self.secret_token

        except (AttributeError, TypeError):
            secret_token = self.secret_token

        request_headers: Any
        try:
            request_headers = UNSET
            if not isinstance(self.request_headers, Unset):
                request_headers = self.request_headers.to_dict()
        except (AttributeError, TypeError):
            request_headers = self.request_headers

        request_meta: Any
        try:
            request_meta = UNSET
            if not isinstance(self.request_meta, Unset):
                request_meta = self.request_meta.to_dict()
        except (AttributeError, TypeError):
            request_meta = self.request_meta

        auth_connection: Any
        try:
            if isinstance(self.auth_connection, Unset):
                auth_connection = UNSET
            elif isinstance(self.auth_connection, AuthConnectionLocator) or isinstance(
                self.auth_connection, EnvironmentAuthConnectionLocator
            ):
                auth_connection = self.auth_connection.to_dict()
            else:
                auth_connection = self.auth_connection

        except (AttributeError, TypeError):
            auth_connection = self.auth_connection

        description = self.description

        force_pre_tool_speech = self.force_pre_tool_speech

        pre_tool_speech: Any
        try:
            pre_tool_speech = UNSET
            if not isinstance(self.pre_tool_speech, Unset):
                pre_tool_speech = self.pre_tool_speech

        except (AttributeError, TypeError):
            pre_tool_speech = self.pre_tool_speech

        disable_interruptions = self.disable_interruptions

        interruption_mode: Any
        try:
            interruption_mode = UNSET
            if not isinstance(self.interruption_mode, Unset):
                interruption_mode = self.interruption_mode

        except (AttributeError, TypeError):
            interruption_mode = self.interruption_mode

        tool_call_sound: Any
        try:
            if isinstance(self.tool_call_sound, Unset):
                tool_call_sound = UNSET
            elif isinstance(self.tool_call_sound, str):
                tool_call_sound = self.tool_call_sound
            else:
                tool_call_sound = self.tool_call_sound

        except (AttributeError, TypeError):
            tool_call_sound = self.tool_call_sound

        tool_call_sound_behavior: Any
        try:
            tool_call_sound_behavior = UNSET
            if not isinstance(self.tool_call_sound_behavior, Unset):
                tool_call_sound_behavior = self.tool_call_sound_behavior

        except (AttributeError, TypeError):
            tool_call_sound_behavior = self.tool_call_sound_behavior

        execution_mode: Any
        try:
            execution_mode = UNSET
            if not isinstance(self.execution_mode, Unset):
                execution_mode = self.execution_mode

        except (AttributeError, TypeError):
            execution_mode = self.execution_mode

        response_timeout_secs = self.response_timeout_secs

        tool_config_overrides: Any
        try:
            tool_config_overrides = UNSET
            if not isinstance(self.tool_config_overrides, Unset):
                tool_config_overrides = []
                for tool_config_overrides_item_data in self.tool_config_overrides:
                    tool_config_overrides_item = tool_config_overrides_item_data.to_dict()
                    tool_config_overrides.append(tool_config_overrides_item)

        except (AttributeError, TypeError):
            tool_config_overrides = self.tool_config_overrides

        disable_compression = self.disable_compression

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if url is not None or "url" not in self._missing_fields:
            field_dict["url"] = url
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if approval_policy is not UNSET:
            field_dict["approval_policy"] = approval_policy
        if tool_approval_hashes is not UNSET:
            field_dict["tool_approval_hashes"] = tool_approval_hashes
        if transport is not UNSET:
            field_dict["transport"] = transport
        if secret_token is not UNSET:
            field_dict["secret_token"] = secret_token
        if request_headers is not UNSET:
            field_dict["request_headers"] = request_headers
        if request_meta is not UNSET:
            field_dict["request_meta"] = request_meta
        if auth_connection is not UNSET:
            field_dict["auth_connection"] = auth_connection
        if description is not UNSET:
            field_dict["description"] = description
        if force_pre_tool_speech is not UNSET:
            field_dict["force_pre_tool_speech"] = force_pre_tool_speech
        if pre_tool_speech is not UNSET:
            field_dict["pre_tool_speech"] = pre_tool_speech
        if disable_interruptions is not UNSET:
            field_dict["disable_interruptions"] = disable_interruptions
        if interruption_mode is not UNSET:
            field_dict["interruption_mode"] = interruption_mode
        if tool_call_sound is not UNSET:
            field_dict["tool_call_sound"] = tool_call_sound
        if tool_call_sound_behavior is not UNSET:
            field_dict["tool_call_sound_behavior"] = tool_call_sound_behavior
        if execution_mode is not UNSET:
            field_dict["execution_mode"] = execution_mode
        if response_timeout_secs is not UNSET:
            field_dict["response_timeout_secs"] = response_timeout_secs
        if tool_config_overrides is not UNSET:
            field_dict["tool_config_overrides"] = tool_config_overrides
        if disable_compression is not UNSET:
            field_dict["disable_compression"] = disable_compression
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        mcp_server_config_input = cls.__new__(cls)
        mcp_server_config_input.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return mcp_server_config_input

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


def _read_url(cls: type[McpServerConfigInput], d: Mapping[str, Any]) -> Any:
    url_raw = d.get("url", MISSING)
    if url_raw is MISSING:
        url = missing_field(cls, "url")
    else:
        try:

            def _parse_url(data: object) -> ConvAiSecretLocator | str:

                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    url_type_1 = ConvAiSecretLocator.from_dict(data)

                    return url_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast("ConvAiSecretLocator | str", data)

            url = _parse_url(url_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            url = deviating_field(cls, "url", url_raw)

    return url


_read_name = plain_reader("name", (str,), "a string", True)


def _read_approval_policy(cls: type[McpServerConfigInput], d: Mapping[str, Any]) -> Any:
    approval_policy_raw = d.get("approval_policy", UNSET)
    try:
        _approval_policy = approval_policy_raw
        approval_policy: McpApprovalPolicy | Unset
        if isinstance(_approval_policy, Unset):
            approval_policy = UNSET
        else:
            approval_policy = check_mcp_approval_policy(_approval_policy)
    except (KeyError, TypeError, ValueError, AttributeError):
        approval_policy = deviating_field(cls, "approval_policy", approval_policy_raw)

    return approval_policy


def _read_tool_approval_hashes(cls: type[McpServerConfigInput], d: Mapping[str, Any]) -> Any:
    tool_approval_hashes_raw = d.get("tool_approval_hashes", UNSET)
    try:
        expect_array("tool_approval_hashes", tool_approval_hashes_raw)
        _tool_approval_hashes = tool_approval_hashes_raw
        tool_approval_hashes: list[McpToolApprovalHash] | Unset = UNSET
        if _tool_approval_hashes is not UNSET:
            tool_approval_hashes = []
            for tool_approval_hashes_item_data in _tool_approval_hashes:
                tool_approval_hashes_item = McpToolApprovalHash.from_dict(tool_approval_hashes_item_data)

                tool_approval_hashes.append(tool_approval_hashes_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        tool_approval_hashes = deviating_field(cls, "tool_approval_hashes", tool_approval_hashes_raw)

    return tool_approval_hashes


def _read_transport(cls: type[McpServerConfigInput], d: Mapping[str, Any]) -> Any:
    transport_raw = d.get("transport", UNSET)
    try:
        _transport = transport_raw
        transport: McpServerTransport | Unset
        if isinstance(_transport, Unset):
            transport = UNSET
        else:
            transport = check_mcp_server_transport(_transport)
    except (KeyError, TypeError, ValueError, AttributeError):
        transport = deviating_field(cls, "transport", transport_raw)

    return transport


def _read_secret_token(cls: type[McpServerConfigInput], d: Mapping[str, Any]) -> Any:
    secret_token_raw = d.get("secret_token", UNSET)
    try:

        def _parse_secret_token(data: object) -> ConvAiSecretLocator | ConvAiUserSecretDbModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return parse_strictly(_parse_secret_token_member, data)

        def _parse_secret_token_member(data: object) -> ConvAiSecretLocator | ConvAiUserSecretDbModel | None | Unset:
            if isinstance(data, dict):
                for known in (
                    ConvAiSecretLocator,
                    ConvAiUserSecretDbModel,
                ):
                    kind = getattr(known, "_kind", None)
                    if kind is not None and data.get(kind[0]) == kind[1]:
                        return known.from_dict(data)

            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                secret_token_type_0 = ConvAiSecretLocator.from_dict(data)

                return secret_token_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            secret_token_type_1 = ConvAiUserSecretDbModel.from_dict(data)

            return secret_token_type_1

        secret_token = _parse_secret_token(secret_token_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        secret_token = deviating_field(cls, "secret_token", secret_token_raw)

    return secret_token


def _read_request_headers(cls: type[McpServerConfigInput], d: Mapping[str, Any]) -> Any:
    request_headers_raw = d.get("request_headers", UNSET)
    try:
        _request_headers = request_headers_raw
        request_headers: McpServerConfigInputRequestHeaders | Unset
        if isinstance(_request_headers, Unset):
            request_headers = UNSET
        else:
            request_headers = McpServerConfigInputRequestHeaders.from_dict(_request_headers)
    except (KeyError, TypeError, ValueError, AttributeError):
        request_headers = deviating_field(cls, "request_headers", request_headers_raw)

    return request_headers


def _read_request_meta(cls: type[McpServerConfigInput], d: Mapping[str, Any]) -> Any:
    request_meta_raw = d.get("request_meta", UNSET)
    try:
        _request_meta = request_meta_raw
        request_meta: McpServerConfigInputRequestMeta | Unset
        if isinstance(_request_meta, Unset):
            request_meta = UNSET
        else:
            request_meta = McpServerConfigInputRequestMeta.from_dict(_request_meta)
    except (KeyError, TypeError, ValueError, AttributeError):
        request_meta = deviating_field(cls, "request_meta", request_meta_raw)

    return request_meta


def _read_auth_connection(cls: type[McpServerConfigInput], d: Mapping[str, Any]) -> Any:
    auth_connection_raw = d.get("auth_connection", UNSET)
    try:

        def _parse_auth_connection(
            data: object,
        ) -> AuthConnectionLocator | EnvironmentAuthConnectionLocator | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return parse_strictly(_parse_auth_connection_member, data)

        def _parse_auth_connection_member(
            data: object,
        ) -> AuthConnectionLocator | EnvironmentAuthConnectionLocator | None | Unset:
            if isinstance(data, dict):
                for known in (
                    AuthConnectionLocator,
                    EnvironmentAuthConnectionLocator,
                ):
                    kind = getattr(known, "_kind", None)
                    if kind is not None and data.get(kind[0]) == kind[1]:
                        return known.from_dict(data)

            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                auth_connection_type_0 = AuthConnectionLocator.from_dict(data)

                return auth_connection_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            auth_connection_type_1 = EnvironmentAuthConnectionLocator.from_dict(data)

            return auth_connection_type_1

        auth_connection = _parse_auth_connection(auth_connection_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        auth_connection = deviating_field(cls, "auth_connection", auth_connection_raw)

    return auth_connection


_read_description = plain_reader("description", (str,), "a string", False)

_read_force_pre_tool_speech = plain_reader("force_pre_tool_speech", (bool,), "a boolean", False)


def _read_pre_tool_speech(cls: type[McpServerConfigInput], d: Mapping[str, Any]) -> Any:
    pre_tool_speech_raw = d.get("pre_tool_speech", UNSET)
    try:
        _pre_tool_speech = pre_tool_speech_raw
        pre_tool_speech: PreToolSpeechMode | Unset
        if isinstance(_pre_tool_speech, Unset):
            pre_tool_speech = UNSET
        else:
            pre_tool_speech = check_pre_tool_speech_mode(_pre_tool_speech)
    except (KeyError, TypeError, ValueError, AttributeError):
        pre_tool_speech = deviating_field(cls, "pre_tool_speech", pre_tool_speech_raw)

    return pre_tool_speech


_read_disable_interruptions = plain_reader("disable_interruptions", (bool,), "a boolean", False)


def _read_interruption_mode(cls: type[McpServerConfigInput], d: Mapping[str, Any]) -> Any:
    interruption_mode_raw = d.get("interruption_mode", UNSET)
    try:
        _interruption_mode = interruption_mode_raw
        interruption_mode: ToolInterruptionMode | Unset
        if isinstance(_interruption_mode, Unset):
            interruption_mode = UNSET
        else:
            interruption_mode = check_tool_interruption_mode(_interruption_mode)
    except (KeyError, TypeError, ValueError, AttributeError):
        interruption_mode = deviating_field(cls, "interruption_mode", interruption_mode_raw)

    return interruption_mode


def _read_tool_call_sound(cls: type[McpServerConfigInput], d: Mapping[str, Any]) -> Any:
    tool_call_sound_raw = d.get("tool_call_sound", UNSET)
    try:

        def _parse_tool_call_sound(data: object) -> None | ToolCallSoundType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, str):
                raise TypeError(f"got {type(data).__name__}")
            tool_call_sound_type_0 = check_tool_call_sound_type(data)

            return tool_call_sound_type_0

        tool_call_sound = _parse_tool_call_sound(tool_call_sound_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        tool_call_sound = deviating_field(cls, "tool_call_sound", tool_call_sound_raw)

    return tool_call_sound


def _read_tool_call_sound_behavior(cls: type[McpServerConfigInput], d: Mapping[str, Any]) -> Any:
    tool_call_sound_behavior_raw = d.get("tool_call_sound_behavior", UNSET)
    try:
        _tool_call_sound_behavior = tool_call_sound_behavior_raw
        tool_call_sound_behavior: ToolCallSoundBehavior | Unset
        if isinstance(_tool_call_sound_behavior, Unset):
            tool_call_sound_behavior = UNSET
        else:
            tool_call_sound_behavior = check_tool_call_sound_behavior(_tool_call_sound_behavior)
    except (KeyError, TypeError, ValueError, AttributeError):
        tool_call_sound_behavior = deviating_field(cls, "tool_call_sound_behavior", tool_call_sound_behavior_raw)

    return tool_call_sound_behavior


def _read_execution_mode(cls: type[McpServerConfigInput], d: Mapping[str, Any]) -> Any:
    execution_mode_raw = d.get("execution_mode", UNSET)
    try:
        _execution_mode = execution_mode_raw
        execution_mode: ToolExecutionMode | Unset
        if isinstance(_execution_mode, Unset):
            execution_mode = UNSET
        else:
            execution_mode = check_tool_execution_mode(_execution_mode)
    except (KeyError, TypeError, ValueError, AttributeError):
        execution_mode = deviating_field(cls, "execution_mode", execution_mode_raw)

    return execution_mode


_read_response_timeout_secs = plain_reader("response_timeout_secs", (int,), "an integer", False)


def _read_tool_config_overrides(cls: type[McpServerConfigInput], d: Mapping[str, Any]) -> Any:
    tool_config_overrides_raw = d.get("tool_config_overrides", UNSET)
    try:
        expect_array("tool_config_overrides", tool_config_overrides_raw)
        _tool_config_overrides = tool_config_overrides_raw
        tool_config_overrides: list[McpToolConfigOverrideInput] | Unset = UNSET
        if _tool_config_overrides is not UNSET:
            tool_config_overrides = []
            for tool_config_overrides_item_data in _tool_config_overrides:
                tool_config_overrides_item = McpToolConfigOverrideInput.from_dict(tool_config_overrides_item_data)

                tool_config_overrides.append(tool_config_overrides_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        tool_config_overrides = deviating_field(cls, "tool_config_overrides", tool_config_overrides_raw)

    return tool_config_overrides


_read_disable_compression = plain_reader("disable_compression", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "url",
        "name",
        "approval_policy",
        "tool_approval_hashes",
        "transport",
        "secret_token",
        "request_headers",
        "request_meta",
        "auth_connection",
        "description",
        "force_pre_tool_speech",
        "pre_tool_speech",
        "disable_interruptions",
        "interruption_mode",
        "tool_call_sound",
        "tool_call_sound_behavior",
        "execution_mode",
        "response_timeout_secs",
        "tool_config_overrides",
        "disable_compression",
    )
)


def _read_additional_properties(cls: type[McpServerConfigInput], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[McpServerConfigInput], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "url" in known:
        url = known["url"]
    else:
        url = _read_url(cls, d)

    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    if "approval_policy" in known:
        approval_policy = known["approval_policy"]
    else:
        approval_policy = d.get("approval_policy", UNSET)
        if approval_policy is not UNSET:
            approval_policy = _read_approval_policy(cls, d)

    if "tool_approval_hashes" in known:
        tool_approval_hashes = known["tool_approval_hashes"]
    else:
        tool_approval_hashes = d.get("tool_approval_hashes", UNSET)
        if tool_approval_hashes is not UNSET:
            tool_approval_hashes = _read_tool_approval_hashes(cls, d)

    if "transport" in known:
        transport = known["transport"]
    else:
        transport = d.get("transport", UNSET)
        if transport is not UNSET:
            transport = _read_transport(cls, d)

    if "secret_token" in known:
        secret_token = known["secret_token"]
    else:
        secret_token = d.get("secret_token", UNSET)
        if secret_token is not UNSET and secret_token is not None:
            secret_token = _read_secret_token(cls, d)

    if "request_headers" in known:
        request_headers = known["request_headers"]
    else:
        request_headers = d.get("request_headers", UNSET)
        if request_headers is not UNSET:
            request_headers = _read_request_headers(cls, d)

    if "request_meta" in known:
        request_meta = known["request_meta"]
    else:
        request_meta = d.get("request_meta", UNSET)
        if request_meta is not UNSET:
            request_meta = _read_request_meta(cls, d)

    if "auth_connection" in known:
        auth_connection = known["auth_connection"]
    else:
        auth_connection = d.get("auth_connection", UNSET)
        if auth_connection is not UNSET and auth_connection is not None:
            auth_connection = _read_auth_connection(cls, d)

    description = d.get("description", UNSET)
    if description.__class__ is not str and description is not UNSET:
        description = _read_description(cls, d)

    force_pre_tool_speech = d.get("force_pre_tool_speech", UNSET)
    if force_pre_tool_speech.__class__ is not bool and force_pre_tool_speech is not UNSET:
        force_pre_tool_speech = _read_force_pre_tool_speech(cls, d)

    if "pre_tool_speech" in known:
        pre_tool_speech = known["pre_tool_speech"]
    else:
        pre_tool_speech = d.get("pre_tool_speech", UNSET)
        if pre_tool_speech is not UNSET:
            pre_tool_speech = _read_pre_tool_speech(cls, d)

    disable_interruptions = d.get("disable_interruptions", UNSET)
    if disable_interruptions.__class__ is not bool and disable_interruptions is not UNSET:
        disable_interruptions = _read_disable_interruptions(cls, d)

    if "interruption_mode" in known:
        interruption_mode = known["interruption_mode"]
    else:
        interruption_mode = d.get("interruption_mode", UNSET)
        if interruption_mode is not UNSET:
            interruption_mode = _read_interruption_mode(cls, d)

    if "tool_call_sound" in known:
        tool_call_sound = known["tool_call_sound"]
    else:
        tool_call_sound = d.get("tool_call_sound", UNSET)
        if tool_call_sound is not UNSET and tool_call_sound is not None:
            tool_call_sound = _read_tool_call_sound(cls, d)

    if "tool_call_sound_behavior" in known:
        tool_call_sound_behavior = known["tool_call_sound_behavior"]
    else:
        tool_call_sound_behavior = d.get("tool_call_sound_behavior", UNSET)
        if tool_call_sound_behavior is not UNSET:
            tool_call_sound_behavior = _read_tool_call_sound_behavior(cls, d)

    if "execution_mode" in known:
        execution_mode = known["execution_mode"]
    else:
        execution_mode = d.get("execution_mode", UNSET)
        if execution_mode is not UNSET:
            execution_mode = _read_execution_mode(cls, d)

    response_timeout_secs = d.get("response_timeout_secs", UNSET)
    if response_timeout_secs.__class__ is not int and response_timeout_secs is not UNSET:
        response_timeout_secs = _read_response_timeout_secs(cls, d)

    if "tool_config_overrides" in known:
        tool_config_overrides = known["tool_config_overrides"]
    else:
        tool_config_overrides = d.get("tool_config_overrides", UNSET)
        if tool_config_overrides is not UNSET:
            tool_config_overrides = _read_tool_config_overrides(cls, d)

    disable_compression = d.get("disable_compression", UNSET)
    if disable_compression.__class__ is not bool and disable_compression is not UNSET:
        disable_compression = _read_disable_compression(cls, d)

    return {
        "url": url,
        "name": name,
        "approval_policy": approval_policy,
        "tool_approval_hashes": tool_approval_hashes,
        "transport": transport,
        "secret_token": secret_token,
        "request_headers": request_headers,
        "request_meta": request_meta,
        "auth_connection": auth_connection,
        "description": description,
        "force_pre_tool_speech": force_pre_tool_speech,
        "pre_tool_speech": pre_tool_speech,
        "disable_interruptions": disable_interruptions,
        "interruption_mode": interruption_mode,
        "tool_call_sound": tool_call_sound,
        "tool_call_sound_behavior": tool_call_sound_behavior,
        "execution_mode": execution_mode,
        "response_timeout_secs": response_timeout_secs,
        "tool_config_overrides": tool_config_overrides,
        "disable_compression": disable_compression,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    McpServerConfigInput,
    _all_fields,
    {
        "url": _read_url,
        "name": _read_name,
        "approval_policy": _read_approval_policy,
        "tool_approval_hashes": _read_tool_approval_hashes,
        "transport": _read_transport,
        "secret_token": _read_secret_token,
        "request_headers": _read_request_headers,
        "request_meta": _read_request_meta,
        "auth_connection": _read_auth_connection,
        "description": _read_description,
        "force_pre_tool_speech": _read_force_pre_tool_speech,
        "pre_tool_speech": _read_pre_tool_speech,
        "disable_interruptions": _read_disable_interruptions,
        "interruption_mode": _read_interruption_mode,
        "tool_call_sound": _read_tool_call_sound,
        "tool_call_sound_behavior": _read_tool_call_sound_behavior,
        "execution_mode": _read_execution_mode,
        "response_timeout_secs": _read_response_timeout_secs,
        "tool_config_overrides": _read_tool_config_overrides,
        "disable_compression": _read_disable_compression,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.auth_connection_locator import AuthConnectionLocator
from ..models.conv_ai_secret_locator import ConvAiSecretLocator
from ..models.conv_ai_user_secret_db_model import ConvAiUserSecretDbModel
from ..models.environment_auth_connection_locator import EnvironmentAuthConnectionLocator
from ..models.mcp_server_config_input_request_headers import McpServerConfigInputRequestHeaders
from ..models.mcp_server_config_input_request_meta import McpServerConfigInputRequestMeta
from ..models.mcp_tool_approval_hash import McpToolApprovalHash
from ..models.mcp_tool_config_override_input import McpToolConfigOverrideInput
