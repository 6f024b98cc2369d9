from typing import Literal

ConflictSection = Literal["conversation_config", "platform_settings", "procedures", "workflow"]

CONFLICT_SECTION_VALUES: set[ConflictSection] = {
    "conversation_config",
    "platform_settings",
    "procedures",
    "workflow",
}


def check_conflict_section(value: str) -> ConflictSection:
    if value in CONFLICT_SECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONFLICT_SECTION_VALUES!r}")
