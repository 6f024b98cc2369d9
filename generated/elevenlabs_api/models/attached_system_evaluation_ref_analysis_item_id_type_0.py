from typing import Literal

AttachedSystemEvaluationRefAnalysisItemIdType0 = Literal[
    "__system_eval_criteria_frustration", "__system_eval_criteria_sentiment"
]

ATTACHED_SYSTEM_EVALUATION_REF_ANALYSIS_ITEM_ID_TYPE_0_VALUES: set[AttachedSystemEvaluationRefAnalysisItemIdType0] = {
    "__system_eval_criteria_frustration",
    "__system_eval_criteria_sentiment",
}


def check_attached_system_evaluation_ref_analysis_item_id_type_0(
    value: str,
) -> AttachedSystemEvaluationRefAnalysisItemIdType0:
    if value in ATTACHED_SYSTEM_EVALUATION_REF_ANALYSIS_ITEM_ID_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ATTACHED_SYSTEM_EVALUATION_REF_ANALYSIS_ITEM_ID_TYPE_0_VALUES!r}"
    )
