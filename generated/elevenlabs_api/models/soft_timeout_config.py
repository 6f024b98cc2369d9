from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    BOOL,
    FLOAT,
    INT,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    list_of,
    union,
)


@_attrs_define(slots=False)
class SoftTimeoutConfig(Lazy, AdditionalProperties[Any]):
    """Configuration for soft timeout functionality during LLM response generation.

    Example:
        {'message': 'Hhmmmm...yeah.', 'timeout_seconds': 2.0, 'use_llm_generated_message': False}

    Attributes:
        timeout_seconds: Time in seconds before showing the predefined message while waiting for LLM response. Set to -1
            to disable. Defaults to -1.0 on the server.
        message: Message to show when the first soft timeout is reached while waiting for LLM response. Supports dynamic
            variables (e.g., {{system__time}}, {{custom_variable}}). Defaults to 'Hhmmmm...yeah.' on the server.
        additional_soft_timeout_messages: Extra static filler messages for subsequent soft timeouts in the same LLM
            generation. The first timeout uses `message`. If fewer messages are configured than
            `max_soft_timeouts_per_generation`, the last configured message is repeated; otherwise a built-in filler is
            used.
        use_llm_generated_message: If enabled, the soft timeout message will be generated dynamically instead of using
            the static message. Defaults to False on the server.
        randomize_fillers: If enabled, shuffle the order of static soft timeout messages once at the start of each turn.
            Only applies when use_llm_generated_message is false. Defaults to False on the server.
        max_soft_timeouts_per_generation: Maximum filler messages while waiting for a single LLM response. Fires every
            timeout_seconds until the LLM streams content or this limit is reached. Defaults to 1 on the server.
        llm_generated_message_prompt_override: Custom prompt for generating the soft timeout filler message when
            use_llm_generated_message is enabled. Recent conversation context is provided as a separate user message. If not
            set, the default prompt will be used. Supports dynamic variables (e.g., {{system__time}}, {{custom_variable}}).
        disable_until_first_user_message: When true, soft timeout fillers are suppressed until the conversation has at
            least one real user message. Prevents fillers during the agent's opening turn (e.g. workflow generate-
            immediately / tool calls before the user speaks). Defaults to False on the server.
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

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("timeout_seconds", "timeout_seconds", FLOAT),
        Field("message", "message", STR),
        Field("additional_soft_timeout_messages", "additional_soft_timeout_messages", list_of(STR)),
        Field("use_llm_generated_message", "use_llm_generated_message", BOOL),
        Field("randomize_fillers", "randomize_fillers", BOOL),
        Field("max_soft_timeouts_per_generation", "max_soft_timeouts_per_generation", INT),
        Field("llm_generated_message_prompt_override", "llm_generated_message_prompt_override", union(STR, NULL)),
        Field("disable_until_first_user_message", "disable_until_first_user_message", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )
