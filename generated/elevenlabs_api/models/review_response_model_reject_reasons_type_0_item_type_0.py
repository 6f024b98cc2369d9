from typing import Literal

ReviewResponseModelRejectReasonsType0ItemType0 = Literal[
    "content_policy",
    "doesnt_open",
    "duplicate",
    "formatting_issues",
    "lacks_structure",
    "language_not_supported",
    "legal_violation",
    "low_quality",
    "metadata_inaccurate",
    "metadata_incomplete",
    "not_literary_work",
    "other",
    "promotional",
    "public_domain",
    "review_error",
    "spam",
    "too_short",
    "typos",
]

REVIEW_RESPONSE_MODEL_REJECT_REASONS_TYPE_0_ITEM_TYPE_0_VALUES: set[ReviewResponseModelRejectReasonsType0ItemType0] = {
    "content_policy",
    "doesnt_open",
    "duplicate",
    "formatting_issues",
    "lacks_structure",
    "language_not_supported",
    "legal_violation",
    "low_quality",
    "metadata_inaccurate",
    "metadata_incomplete",
    "not_literary_work",
    "other",
    "promotional",
    "public_domain",
    "review_error",
    "spam",
    "too_short",
    "typos",
}


def check_review_response_model_reject_reasons_type_0_item_type_0(
    value: str,
) -> ReviewResponseModelRejectReasonsType0ItemType0:
    if value in REVIEW_RESPONSE_MODEL_REJECT_REASONS_TYPE_0_ITEM_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REVIEW_RESPONSE_MODEL_REJECT_REASONS_TYPE_0_ITEM_TYPE_0_VALUES!r}"
    )
