from typing import Literal

GenesysBotOutcome = Literal["escalate", "success"]

GENESYS_BOT_OUTCOME_VALUES: set[GenesysBotOutcome] = {
    "escalate",
    "success",
}


def check_genesys_bot_outcome(value: str) -> GenesysBotOutcome:
    if value in GENESYS_BOT_OUTCOME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GENESYS_BOT_OUTCOME_VALUES!r}")
