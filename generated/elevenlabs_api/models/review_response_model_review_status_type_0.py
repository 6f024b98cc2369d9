from typing import Literal

ReviewResponseModelReviewStatusType0 = Literal["approved", "edits_required", "rejected"]

REVIEW_RESPONSE_MODEL_REVIEW_STATUS_TYPE_0_VALUES: set[ReviewResponseModelReviewStatusType0] = {
    "approved",
    "edits_required",
    "rejected",
}


def check_review_response_model_review_status_type_0(value: str) -> ReviewResponseModelReviewStatusType0:
    if value in REVIEW_RESPONSE_MODEL_REVIEW_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REVIEW_RESPONSE_MODEL_REVIEW_STATUS_TYPE_0_VALUES!r}"
    )
