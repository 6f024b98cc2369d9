from typing import Literal

EntryBehavior = Literal["auto", "generate_immediately", "wait_for_user"]

ENTRY_BEHAVIOR_VALUES: set[EntryBehavior] = {
    "auto",
    "generate_immediately",
    "wait_for_user",
}


def check_entry_behavior(value: str) -> EntryBehavior:
    if value in ENTRY_BEHAVIOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ENTRY_BEHAVIOR_VALUES!r}")
