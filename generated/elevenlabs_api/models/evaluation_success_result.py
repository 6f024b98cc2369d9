from typing import Literal

EvaluationSuccessResult = Literal["failure", "success", "unknown"]

EVALUATION_SUCCESS_RESULT_VALUES: set[EvaluationSuccessResult] = {
    "failure",
    "success",
    "unknown",
}


def check_evaluation_success_result(value: str) -> EvaluationSuccessResult:
    if value in EVALUATION_SUCCESS_RESULT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EVALUATION_SUCCESS_RESULT_VALUES!r}")
