from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    McpApprovalPolicy,
    PreToolSpeechMode,
    ToolCallSoundBehavior,
    ToolCallSoundType,
    ToolExecutionMode,
    ToolInterruptionMode,
    check_mcp_approval_policy,
    check_pre_tool_speech_mode,
    check_tool_call_sound_behavior,
    check_tool_call_sound_type,
    check_tool_execution_mode,
    check_tool_interruption_mode,
)
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    parse_strictly,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="McpServerConfigUpdateRequestModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class McpServerConfigUpdateRequestModel(Lazy):
    """Unified request model for updating MCP Server configuration.

    Attributes:
        approval_policy (McpApprovalPolicy | None | Unset): The approval mode to set for the MCP server
        force_pre_tool_speech (bool | None | Unset): DEPRECATED: use `pre_tool_speech` instead. If set, overrides the
            server's force_pre_tool_speech setting for this tool.
        pre_tool_speech (None | PreToolSpeechMode | Unset): If set, overrides the server's pre_tool_speech setting for
            this tool.
        disable_interruptions (bool | None | Unset): DEPRECATED: use `interruption_mode` instead. If set, overrides the
            server's disable_interruptions setting for this tool.
        interruption_mode (None | ToolInterruptionMode | Unset): If set, overrides the server's interruption_mode
            setting for this tool.
        tool_call_sound (None | ToolCallSoundType | Unset): Predefined tool call sound type to play during tool
            execution for all tools from this MCP server
        tool_call_sound_behavior (None | ToolCallSoundBehavior | Unset): Determines when the tool call sound should play
            for all tools from this MCP server
        execution_mode (None | ToolExecutionMode | Unset): If set, overrides the server's execution_mode setting for
            this tool
        response_timeout_secs (int | None | Unset): The maximum time in seconds to wait for each MCP tool call to
            complete.
        request_headers (McpServerConfigUpdateRequestModelRequestHeadersType0 | None | Unset): The headers to include in
            requests to the MCP server
        request_meta (McpServerConfigUpdateRequestModelRequestMetaType0 | None | Unset): Entries sent in the MCP `_meta`
            field of tools/call requests. Values may be JSON scalars, or references to a workspace secret, dynamic variable,
            or environment variable resolved per call.
        disable_compression (bool | None | Unset): Whether to disable HTTP compression for this MCP server
        secret_token (ConvAiSecretLocator | None | Unset): Optional secret token for authentication with this MCP server
        auth_connection (AuthConnectionLocator | EnvironmentAuthConnectionLocator | None | Unset): Optional auth
            connection to use for authentication with this MCP server
    """

    approval_policy: McpApprovalPolicy | None | Unset = UNSET

    force_pre_tool_speech: bool | None | Unset = UNSET

    pre_tool_speech: None | PreToolSpeechMode | Unset = UNSET

    disable_interruptions: bool | None | Unset = UNSET

    interruption_mode: None | ToolInterruptionMode | Unset = UNSET

    tool_call_sound: None | ToolCallSoundType | Unset = UNSET

    tool_call_sound_behavior: None | ToolCallSoundBehavior | Unset = UNSET

    execution_mode: None | ToolExecutionMode | Unset = UNSET

    response_timeout_secs: int | None | Unset = UNSET

    request_headers: McpServerConfigUpdateRequestModelRequestHeadersType0 | None | Unset = UNSET

    request_meta: McpServerConfigUpdateRequestModelRequestMetaType0 | None | Unset = UNSET

    disable_compression: bool | None | Unset = UNSET

    secret_token: ConvAiSecretLocator | None | Unset = UNSET

    auth_connection: AuthConnectionLocator | EnvironmentAuthConnectionLocator | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        approval_policy: Any
        try:
            if isinstance(self.approval_policy, Unset):
                approval_policy = UNSET
            elif isinstance(self.approval_policy, str):
                approval_policy = self.approval_policy
            else:
                approval_policy = self.approval_policy

        except (AttributeError, TypeError):
            approval_policy = self.approval_policy

        force_pre_tool_speech: Any
        try:
            force_pre_tool_speech = self.force_pre_tool_speech

        except (AttributeError, TypeError):
            force_pre_tool_speech = self.force_pre_tool_speech

        pre_tool_speech: Any
        try:
            if isinstance(self.pre_tool_speech, Unset):
                pre_tool_speech = UNSET
            elif isinstance(self.pre_tool_speech, str):
                pre_tool_speech = self.pre_tool_speech
            else:
                pre_tool_speech = self.pre_tool_speech

        except (AttributeError, TypeError):
            pre_tool_speech = self.pre_tool_speech

        disable_interruptions: Any
        try:
            disable_interruptions = self.disable_interruptions

        except (AttributeError, TypeError):
            disable_interruptions = self.disable_interruptions

        interruption_mode: Any
        try:
            if isinstance(self.interruption_mode, Unset):
                interruption_mode = UNSET
            elif isinstance(self.interruption_mode, str):
                interruption_mode = self.interruption_mode
            else:
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
            if isinstance(self.tool_call_sound_behavior, Unset):
                tool_call_sound_behavior = UNSET
            elif isinstance(self.tool_call_sound_behavior, str):
                tool_call_sound_behavior = self.tool_call_sound_behavior
            else:
                tool_call_sound_behavior = self.tool_call_sound_behavior

        except (AttributeError, TypeError):
            tool_call_sound_behavior = self.tool_call_sound_behavior

        execution_mode: Any
        try:
            if isinstance(self.execution_mode, Unset):
                execution_mode = UNSET
            elif isinstance(self.execution_mode, str):
                execution_mode = self.execution_mode
            else:
                execution_mode = self.execution_mode

        except (AttributeError, TypeError):
            execution_mode = self.execution_mode

        response_timeout_secs: Any
        try:
            response_timeout_secs = self.response_timeout_secs

        except (AttributeError, TypeError):
            response_timeout_secs = self.response_timeout_secs

        request_headers: Any
        try:
            if isinstance(self.request_headers, Unset):
                request_headers = UNSET
            elif isinstance(self.request_headers, McpServerConfigUpdateRequestModelRequestHeadersType0):
                request_headers = self.request_headers.to_dict()
            else:
                request_headers = self.request_headers

        except (AttributeError, TypeError):
            request_headers = self.request_headers

        request_meta: Any
        try:
            if isinstance(self.request_meta, Unset):
                request_meta = UNSET
            elif isinstance(self.request_meta, McpServerConfigUpdateRequestModelRequestMetaType0):
                request_meta = self.request_meta.to_dict()
            else:
                request_meta = self.request_meta

        except (AttributeError, TypeError):
            request_meta = self.request_meta

        disable_compression: Any
        try:
            disable_compression = self.disable_compression

        except (AttributeError, TypeError):
            disable_compression = self.disable_compression

        secret_token: Any
        try:
            if isinstance(self.secret_token, Unset):
                secret_token = UNSET
            elif isinstance(self.secret_token, ConvAiSecretLocator):
                secret_token = self.secret_token.to_dict()
            else:
                secret_token = self.secret_token

        except (AttributeError, TypeError):
            secret_token = self.secret_token

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if approval_policy is not UNSET:
            field_dict["approval_policy"] = approval_policy
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
        if request_headers is not UNSET:
            field_dict["request_headers"] = request_headers
        if request_meta is not UNSET:
            field_dict["request_meta"] = request_meta
        if disable_compression is not UNSET:
            field_dict["disable_compression"] = disable_compression
        if secret_token is not UNSET:
            field_dict["secret_token"] = secret_token
        if auth_connection is not UNSET:
            field_dict["auth_connection"] = auth_connection
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        mcp_server_config_update_request_model = cls.__new__(cls)
        mcp_server_config_update_request_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return mcp_server_config_update_request_model

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


def _read_approval_policy(cls: type[McpServerConfigUpdateRequestModel], d: Mapping[str, Any]) -> Any:
    approval_policy_raw = d.get("approval_policy", UNSET)
    try:

        def _parse_approval_policy(data: object) -> McpApprovalPolicy | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, str):
                raise TypeError(f"got {type(data).__name__}")
            approval_policy_type_0 = check_mcp_approval_policy(data)

            return approval_policy_type_0

        approval_policy = _parse_approval_policy(approval_policy_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        approval_policy = deviating_field(cls, "approval_policy", approval_policy_raw)

    return approval_policy


_read_force_pre_tool_speech = plain_reader(
    "force_pre_tool_speech",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)


def _read_pre_tool_speech(cls: type[McpServerConfigUpdateRequestModel], d: Mapping[str, Any]) -> Any:
    pre_tool_speech_raw = d.get("pre_tool_speech", UNSET)
    try:

        def _parse_pre_tool_speech(data: object) -> None | PreToolSpeechMode | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, str):
                raise TypeError(f"got {type(data).__name__}")
            pre_tool_speech_type_0 = check_pre_tool_speech_mode(data)

            return pre_tool_speech_type_0

        pre_tool_speech = _parse_pre_tool_speech(pre_tool_speech_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        pre_tool_speech = deviating_field(cls, "pre_tool_speech", pre_tool_speech_raw)

    return pre_tool_speech


_read_disable_interruptions = plain_reader(
    "disable_interruptions",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)


def _read_interruption_mode(cls: type[McpServerConfigUpdateRequestModel], d: Mapping[str, Any]) -> Any:
    interruption_mode_raw = d.get("interruption_mode", UNSET)
    try:

        def _parse_interruption_mode(data: object) -> None | ToolInterruptionMode | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, str):
                raise TypeError(f"got {type(data).__name__}")
            interruption_mode_type_0 = check_tool_interruption_mode(data)

            return interruption_mode_type_0

        interruption_mode = _parse_interruption_mode(interruption_mode_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        interruption_mode = deviating_field(cls, "interruption_mode", interruption_mode_raw)

    return interruption_mode


def _read_tool_call_sound(cls: type[McpServerConfigUpdateRequestModel], d: Mapping[str, Any]) -> Any:
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


def _read_tool_call_sound_behavior(cls: type[McpServerConfigUpdateRequestModel], d: Mapping[str, Any]) -> Any:
    tool_call_sound_behavior_raw = d.get("tool_call_sound_behavior", UNSET)
    try:

        def _parse_tool_call_sound_behavior(data: object) -> None | ToolCallSoundBehavior | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, str):
                raise TypeError(f"got {type(data).__name__}")
            tool_call_sound_behavior_type_0 = check_tool_call_sound_behavior(data)

            return tool_call_sound_behavior_type_0

        tool_call_sound_behavior = _parse_tool_call_sound_behavior(tool_call_sound_behavior_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        tool_call_sound_behavior = deviating_field(cls, "tool_call_sound_behavior", tool_call_sound_behavior_raw)

    return tool_call_sound_behavior


def _read_execution_mode(cls: type[McpServerConfigUpdateRequestModel], d: Mapping[str, Any]) -> Any:
    execution_mode_raw = d.get("execution_mode", UNSET)
    try:

        def _parse_execution_mode(data: object) -> None | ToolExecutionMode | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, str):
                raise TypeError(f"got {type(data).__name__}")
            execution_mode_type_0 = check_tool_execution_mode(data)

            return execution_mode_type_0

        execution_mode = _parse_execution_mode(execution_mode_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        execution_mode = deviating_field(cls, "execution_mode", execution_mode_raw)

    return execution_mode


_read_response_timeout_secs = plain_reader(
    "response_timeout_secs",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)


def _read_request_headers(cls: type[McpServerConfigUpdateRequestModel], d: Mapping[str, Any]) -> Any:
    request_headers_raw = d.get("request_headers", UNSET)
    try:

        def _parse_request_headers(data: object) -> McpServerConfigUpdateRequestModelRequestHeadersType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            request_headers_type_0 = McpServerConfigUpdateRequestModelRequestHeadersType0.from_dict(data)

            return request_headers_type_0

        request_headers = _parse_request_headers(request_headers_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        request_headers = deviating_field(cls, "request_headers", request_headers_raw)

    return request_headers


def _read_request_meta(cls: type[McpServerConfigUpdateRequestModel], d: Mapping[str, Any]) -> Any:
    request_meta_raw = d.get("request_meta", UNSET)
    try:

        def _parse_request_meta(data: object) -> McpServerConfigUpdateRequestModelRequestMetaType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            request_meta_type_0 = McpServerConfigUpdateRequestModelRequestMetaType0.from_dict(data)

            return request_meta_type_0

        request_meta = _parse_request_meta(request_meta_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        request_meta = deviating_field(cls, "request_meta", request_meta_raw)

    return request_meta


_read_disable_compression = plain_reader(
    "disable_compression",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)


def _read_secret_token(cls: type[McpServerConfigUpdateRequestModel], d: Mapping[str, Any]) -> Any:
    secret_token_raw = d.get("secret_token", UNSET)
    try:

        def _parse_secret_token(data: object) -> ConvAiSecretLocator | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            secret_token_type_0 = ConvAiSecretLocator.from_dict(data)

            return secret_token_type_0

        secret_token = _parse_secret_token(secret_token_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        secret_token = deviating_field(cls, "secret_token", secret_token_raw)

    return secret_token


def _read_auth_connection(cls: type[McpServerConfigUpdateRequestModel], d: Mapping[str, Any]) -> Any:
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


_FIELDS: frozenset[str] = frozenset(
    (
        "approval_policy",
        "force_pre_tool_speech",
        "pre_tool_speech",
        "disable_interruptions",
        "interruption_mode",
        "tool_call_sound",
        "tool_call_sound_behavior",
        "execution_mode",
        "response_timeout_secs",
        "request_headers",
        "request_meta",
        "disable_compression",
        "secret_token",
        "auth_connection",
    )
)


def _read_additional_properties(cls: type[McpServerConfigUpdateRequestModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[McpServerConfigUpdateRequestModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "approval_policy" in known:
        approval_policy = known["approval_policy"]
    else:
        approval_policy = d.get("approval_policy", UNSET)
        if approval_policy is not UNSET and approval_policy is not None:
            approval_policy = _read_approval_policy(cls, d)

    force_pre_tool_speech = d.get("force_pre_tool_speech", UNSET)
    if (
        force_pre_tool_speech.__class__ is not bool
        and force_pre_tool_speech is not None
        and force_pre_tool_speech is not UNSET
    ):
        force_pre_tool_speech = _read_force_pre_tool_speech(cls, d)

    if "pre_tool_speech" in known:
        pre_tool_speech = known["pre_tool_speech"]
    else:
        pre_tool_speech = d.get("pre_tool_speech", UNSET)
        if pre_tool_speech is not UNSET and pre_tool_speech is not None:
            pre_tool_speech = _read_pre_tool_speech(cls, d)

    disable_interruptions = d.get("disable_interruptions", UNSET)
    if (
        disable_interruptions.__class__ is not bool
        and disable_interruptions is not None
        and disable_interruptions is not UNSET
    ):
        disable_interruptions = _read_disable_interruptions(cls, d)

    if "interruption_mode" in known:
        interruption_mode = known["interruption_mode"]
    else:
        interruption_mode = d.get("interruption_mode", UNSET)
        if interruption_mode is not UNSET and interruption_mode is not None:
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
        if tool_call_sound_behavior is not UNSET and tool_call_sound_behavior is not None:
            tool_call_sound_behavior = _read_tool_call_sound_behavior(cls, d)

    if "execution_mode" in known:
        execution_mode = known["execution_mode"]
    else:
        execution_mode = d.get("execution_mode", UNSET)
        if execution_mode is not UNSET and execution_mode is not None:
            execution_mode = _read_execution_mode(cls, d)

    response_timeout_secs = d.get("response_timeout_secs", UNSET)
    if (
        response_timeout_secs.__class__ is not int
        and response_timeout_secs is not None
        and response_timeout_secs is not UNSET
    ):
        response_timeout_secs = _read_response_timeout_secs(cls, d)

    if "request_headers" in known:
        request_headers = known["request_headers"]
    else:
        request_headers = d.get("request_headers", UNSET)
        if request_headers is not UNSET and request_headers is not None:
            request_headers = _read_request_headers(cls, d)

    if "request_meta" in known:
        request_meta = known["request_meta"]
    else:
        request_meta = d.get("request_meta", UNSET)
        if request_meta is not UNSET and request_meta is not None:
            request_meta = _read_request_meta(cls, d)

    disable_compression = d.get("disable_compression", UNSET)
    if (
        disable_compression.__class__ is not bool
        and disable_compression is not None
        and disable_compression is not UNSET
    ):
        disable_compression = _read_disable_compression(cls, d)

    if "secret_token" in known:
        secret_token = known["secret_token"]
    else:
        secret_token = d.get("secret_token", UNSET)
        if secret_token is not UNSET and secret_token is not None:
            secret_token = _read_secret_token(cls, d)

    if "auth_connection" in known:
        auth_connection = known["auth_connection"]
    else:
        auth_connection = d.get("auth_connection", UNSET)
        if auth_connection is not UNSET and auth_connection is not None:
            auth_connection = _read_auth_connection(cls, d)

    return {
        "approval_policy": approval_policy,
        "force_pre_tool_speech": force_pre_tool_speech,
        "pre_tool_speech": pre_tool_speech,
        "disable_interruptions": disable_interruptions,
        "interruption_mode": interruption_mode,
        "tool_call_sound": tool_call_sound,
        "tool_call_sound_behavior": tool_call_sound_behavior,
        "execution_mode": execution_mode,
        "response_timeout_secs": response_timeout_secs,
        "request_headers": request_headers,
        "request_meta": request_meta,
        "disable_compression": disable_compression,
        "secret_token": secret_token,
        "auth_connection": auth_connection,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    McpServerConfigUpdateRequestModel,
    _all_fields,
    {
        "approval_policy": _read_approval_policy,
        "force_pre_tool_speech": _read_force_pre_tool_speech,
        "pre_tool_speech": _read_pre_tool_speech,
        "disable_interruptions": _read_disable_interruptions,
        "interruption_mode": _read_interruption_mode,
        "tool_call_sound": _read_tool_call_sound,
        "tool_call_sound_behavior": _read_tool_call_sound_behavior,
        "execution_mode": _read_execution_mode,
        "response_timeout_secs": _read_response_timeout_secs,
        "request_headers": _read_request_headers,
        "request_meta": _read_request_meta,
        "disable_compression": _read_disable_compression,
        "secret_token": _read_secret_token,
        "auth_connection": _read_auth_connection,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.auth_connection_locator import AuthConnectionLocator
from ..models.conv_ai_secret_locator import ConvAiSecretLocator
from ..models.environment_auth_connection_locator import EnvironmentAuthConnectionLocator
from ..models.mcp_server_config_update_request_model_request_headers_type_0 import (
    McpServerConfigUpdateRequestModelRequestHeadersType0,
)
from ..models.mcp_server_config_update_request_model_request_meta_type_0 import (
    McpServerConfigUpdateRequestModelRequestMetaType0,
)
