from typing import Literal

ConversationSentimentAnalysisOverallLabelType0 = Literal["negative", "neutral", "positive"]

CONVERSATION_SENTIMENT_ANALYSIS_OVERALL_LABEL_TYPE_0_VALUES: set[ConversationSentimentAnalysisOverallLabelType0] = {
    "negative",
    "neutral",
    "positive",
}


def check_conversation_sentiment_analysis_overall_label_type_0(
    value: str,
) -> ConversationSentimentAnalysisOverallLabelType0:
    if value in CONVERSATION_SENTIMENT_ANALYSIS_OVERALL_LABEL_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONVERSATION_SENTIMENT_ANALYSIS_OVERALL_LABEL_TYPE_0_VALUES!r}"
    )
