from typing import Literal

SafetyRule = Literal[
    "extremism",
    "forget_moderation",
    "illegal_distribution_medical",
    "political",
    "scam_fraud",
    "self_harm",
    "sexual_adults",
    "sexual_minors",
    "unknown",
]

SAFETY_RULE_VALUES: set[SafetyRule] = {
    "extremism",
    "forget_moderation",
    "illegal_distribution_medical",
    "political",
    "scam_fraud",
    "self_harm",
    "sexual_adults",
    "sexual_minors",
    "unknown",
}


def check_safety_rule(value: str) -> SafetyRule:
    if value in SAFETY_RULE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAFETY_RULE_VALUES!r}")
