from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    check_items,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="SoftTimeoutConfig")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class SoftTimeoutConfig(Lazy):
    """Configuration for soft timeout functionality during LLM response generation.

    Example:
        {'message': 'Hhmmmm...yeah.', 'timeout_seconds': 2.0, 'use_llm_generated_message': False}

    Attributes:
        timeout_seconds (float | Unset): Time in seconds before showing the predefined message while waiting for LLM
            response. Set to -1 to disable. Defaults to -1.0 on the server.
        message (str | Unset): Message to show when the first soft timeout is reached while waiting for LLM response.
            Supports dynamic variables (e.g., {{system__time}}, {{custom_variable}}). Defaults to 'Hhmmmm...yeah.' on the
            server.
        additional_soft_timeout_messages (list[str] | Unset): Extra static filler messages for subsequent soft timeouts
            in the same LLM generation. The first timeout uses `message`. If fewer messages are configured than
            `max_soft_timeouts_per_generation`, the last configured message is repeated; otherwise a built-in filler is
            used.
        use_llm_generated_message (bool | Unset): If enabled, the soft timeout message will be generated dynamically
            instead of using the static message. Defaults to False on the server.
        randomize_fillers (bool | Unset): If enabled, shuffle the order of static soft timeout messages once at the
            start of each turn. Only applies when use_llm_generated_message is false. Defaults to False on the server.
        max_soft_timeouts_per_generation (int | Unset): Maximum filler messages while waiting for a single LLM response.
            Fires every timeout_seconds until the LLM streams content or this limit is reached. Defaults to 1 on the server.
        llm_generated_message_prompt_override (None | str | Unset): Custom prompt for generating the soft timeout filler
            message when use_llm_generated_message is enabled. Recent conversation context is provided as a separate user
            message. If not set, the default prompt will be used. Supports dynamic variables (e.g., {{system__time}},
            {{custom_variable}}).
        disable_until_first_user_message (bool | Unset): When true, soft timeout fillers are suppressed until the
            conversation has at least one real user message. Prevents fillers during the agent's opening turn (e.g. workflow
            generate-immediately / tool calls before the user speaks). Defaults to False on the server.
    """

    timeout_seconds: float | Unset = UNSET

    message: str | Unset = UNSET

    additional_soft_timeout_messages: list[str] | Unset = UNSET

    use_llm_generated_message: bool | Unset = UNSET

    randomize_fillers: bool | Unset = UNSET

    max_soft_timeouts_per_generation: int | Unset = UNSET

    llm_generated_message_prompt_override: None | str | Unset = UNSET

    disable_until_first_user_message: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        timeout_seconds = self.timeout_seconds

        message = self.message

        additional_soft_timeout_messages: Any
        try:
            additional_soft_timeout_messages = UNSET
            if not isinstance(self.additional_soft_timeout_messages, Unset):
                additional_soft_timeout_messages = self.additional_soft_timeout_messages

        except (AttributeError, TypeError):
            additional_soft_timeout_messages = self.additional_soft_timeout_messages

        use_llm_generated_message = self.use_llm_generated_message

        randomize_fillers = self.randomize_fillers

        max_soft_timeouts_per_generation = self.max_soft_timeouts_per_generation

        llm_generated_message_prompt_override: Any
        try:
            llm_generated_message_prompt_override = self.llm_generated_message_prompt_override

        except (AttributeError, TypeError):
            llm_generated_message_prompt_override = self.llm_generated_message_prompt_override

        disable_until_first_user_message = self.disable_until_first_user_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if timeout_seconds is not UNSET:
            field_dict["timeout_seconds"] = timeout_seconds
        if message is not UNSET:
            field_dict["message"] = message
        if additional_soft_timeout_messages is not UNSET:
            field_dict["additional_soft_timeout_messages"] = additional_soft_timeout_messages
        if use_llm_generated_message is not UNSET:
            field_dict["use_llm_generated_message"] = use_llm_generated_message
        if randomize_fillers is not UNSET:
            field_dict["randomize_fillers"] = randomize_fillers
        if max_soft_timeouts_per_generation is not UNSET:
            field_dict["max_soft_timeouts_per_generation"] = max_soft_timeouts_per_generation
        if llm_generated_message_prompt_override is not UNSET:
            field_dict["llm_generated_message_prompt_override"] = llm_generated_message_prompt_override
        if disable_until_first_user_message is not UNSET:
            field_dict["disable_until_first_user_message"] = disable_until_first_user_message
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        soft_timeout_config = cls.__new__(cls)
        soft_timeout_config.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return soft_timeout_config

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


_read_timeout_seconds = plain_reader(
    "timeout_seconds",
    (
        float,
        int,
    ),
    "a number",
    False,
)

_read_message = plain_reader("message", (str,), "a string", False)

_read_additional_soft_timeout_messages = plain_reader(
    "additional_soft_timeout_messages", (list,), "an array", False, ((str,), "a string")
)

_read_use_llm_generated_message = plain_reader("use_llm_generated_message", (bool,), "a boolean", False)

_read_randomize_fillers = plain_reader("randomize_fillers", (bool,), "a boolean", False)

_read_max_soft_timeouts_per_generation = plain_reader("max_soft_timeouts_per_generation", (int,), "an integer", False)

_read_llm_generated_message_prompt_override = plain_reader(
    "llm_generated_message_prompt_override",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_disable_until_first_user_message = plain_reader("disable_until_first_user_message", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "timeout_seconds",
        "message",
        "additional_soft_timeout_messages",
        "use_llm_generated_message",
        "randomize_fillers",
        "max_soft_timeouts_per_generation",
        "llm_generated_message_prompt_override",
        "disable_until_first_user_message",
    )
)


def _read_additional_properties(cls: type[SoftTimeoutConfig], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[SoftTimeoutConfig], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    timeout_seconds = d.get("timeout_seconds", UNSET)
    if timeout_seconds.__class__ is not float and timeout_seconds.__class__ is not int and timeout_seconds is not UNSET:
        timeout_seconds = _read_timeout_seconds(cls, d)

    message = d.get("message", UNSET)
    if message.__class__ is not str and message is not UNSET:
        message = _read_message(cls, d)

    additional_soft_timeout_messages = d.get("additional_soft_timeout_messages", UNSET)
    if additional_soft_timeout_messages.__class__ is not list and additional_soft_timeout_messages is not UNSET:
        additional_soft_timeout_messages = _read_additional_soft_timeout_messages(cls, d)
    elif additional_soft_timeout_messages.__class__ is list and additional_soft_timeout_messages:
        check_items(cls, "additional_soft_timeout_messages", additional_soft_timeout_messages, (str,), "a string")

    use_llm_generated_message = d.get("use_llm_generated_message", UNSET)
    if use_llm_generated_message.__class__ is not bool and use_llm_generated_message is not UNSET:
        use_llm_generated_message = _read_use_llm_generated_message(cls, d)

    randomize_fillers = d.get("randomize_fillers", UNSET)
    if randomize_fillers.__class__ is not bool and randomize_fillers is not UNSET:
        randomize_fillers = _read_randomize_fillers(cls, d)

    max_soft_timeouts_per_generation = d.get("max_soft_timeouts_per_generation", UNSET)
    if max_soft_timeouts_per_generation.__class__ is not int and max_soft_timeouts_per_generation is not UNSET:
        max_soft_timeouts_per_generation = _read_max_soft_timeouts_per_generation(cls, d)

    llm_generated_message_prompt_override = d.get("llm_generated_message_prompt_override", UNSET)
    if (
        llm_generated_message_prompt_override.__class__ is not str
        and llm_generated_message_prompt_override is not None
        and llm_generated_message_prompt_override is not UNSET
    ):
        llm_generated_message_prompt_override = _read_llm_generated_message_prompt_override(cls, d)

    disable_until_first_user_message = d.get("disable_until_first_user_message", UNSET)
    if disable_until_first_user_message.__class__ is not bool and disable_until_first_user_message is not UNSET:
        disable_until_first_user_message = _read_disable_until_first_user_message(cls, d)

    return {
        "timeout_seconds": timeout_seconds,
        "message": message,
        "additional_soft_timeout_messages": additional_soft_timeout_messages,
        "use_llm_generated_message": use_llm_generated_message,
        "randomize_fillers": randomize_fillers,
        "max_soft_timeouts_per_generation": max_soft_timeouts_per_generation,
        "llm_generated_message_prompt_override": llm_generated_message_prompt_override,
        "disable_until_first_user_message": disable_until_first_user_message,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    SoftTimeoutConfig,
    _all_fields,
    {
        "timeout_seconds": _read_timeout_seconds,
        "message": _read_message,
        "additional_soft_timeout_messages": _read_additional_soft_timeout_messages,
        "use_llm_generated_message": _read_use_llm_generated_message,
        "randomize_fillers": _read_randomize_fillers,
        "max_soft_timeouts_per_generation": _read_max_soft_timeouts_per_generation,
        "llm_generated_message_prompt_override": _read_llm_generated_message_prompt_override,
        "disable_until_first_user_message": _read_disable_until_first_user_message,
        "additional_properties": _read_additional_properties,
    },
)
