from typing import Literal

AgentTrustContext = Literal["high", "low", "unknown"]

AGENT_TRUST_CONTEXT_VALUES: set[AgentTrustContext] = {
    "high",
    "low",
    "unknown",
}


def check_agent_trust_context(value: str) -> AgentTrustContext:
    if value in AGENT_TRUST_CONTEXT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AGENT_TRUST_CONTEXT_VALUES!r}")
