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
class SoftTimeoutConfigWorkflowOverride(Lazy, AdditionalProperties[Any]):
    """Example:
        {'message': 'Hhmmmm...yeah.', 'timeout_seconds': -1.0, 'use_llm_generated_message': False}

    Attributes:
        timeout_seconds: Time in seconds before showing the predefined message while waiting for LLM response. Set to -1
            to disable.
        message: Message to show when the first soft timeout is reached while waiting for LLM response. Supports dynamic
            variables (e.g., {{system__time}}, {{custom_variable}}).
        additional_soft_timeout_messages: Extra static filler messages for subsequent soft timeouts in the same LLM
            generation. The first timeout uses `message`. If fewer messages are configured than
            `max_soft_timeouts_per_generation`, the last configured message is repeated; otherwise a built-in filler is
            used.
        use_llm_generated_message: If enabled, the soft timeout message will be generated dynamically instead of using
            the static message.
        randomize_fillers: If enabled, shuffle the order of static soft timeout messages once at the start of each turn.
            Only applies when use_llm_generated_message is false.
        max_soft_timeouts_per_generation: Maximum filler messages while waiting for a single LLM response. Fires every
            timeout_seconds until the LLM streams content or this limit is reached.
        llm_generated_message_prompt_override: Custom prompt for generating the soft timeout filler message when
            use_llm_generated_message is enabled. Recent conversation context is provided as a separate user message. If not
            set, the default prompt will be used. Supports dynamic variables (e.g., {{system__time}}, {{custom_variable}}).
        disable_until_first_user_message: When true, soft timeout fillers are suppressed until the conversation has at
            least one real user message. Prevents fillers during the agent's opening turn (e.g. workflow generate-
            immediately / tool calls before the user speaks).
    """

    timeout_seconds: float | None | Unset = UNSET

    message: None | str | Unset = UNSET

    additional_soft_timeout_messages: list[str] | None | Unset = UNSET

    use_llm_generated_message: bool | None | Unset = UNSET

    randomize_fillers: bool | None | Unset = UNSET

    max_soft_timeouts_per_generation: int | None | Unset = UNSET

    llm_generated_message_prompt_override: None | str | Unset = UNSET

    disable_until_first_user_message: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("timeout_seconds", "timeout_seconds", union(FLOAT, NULL)),
        Field("message", "message", union(STR, NULL)),
        Field("additional_soft_timeout_messages", "additional_soft_timeout_messages", union(list_of(STR), NULL)),
        Field("use_llm_generated_message", "use_llm_generated_message", union(BOOL, NULL)),
        Field("randomize_fillers", "randomize_fillers", union(BOOL, NULL)),
        Field("max_soft_timeouts_per_generation", "max_soft_timeouts_per_generation", union(INT, NULL)),
        Field("llm_generated_message_prompt_override", "llm_generated_message_prompt_override", union(STR, NULL)),
        Field("disable_until_first_user_message", "disable_until_first_user_message", union(BOOL, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
