from typing import Literal

WidgetConfigResponseModelSyntaxHighlightThemeType0 = Literal["dark", "light"]

WIDGET_CONFIG_RESPONSE_MODEL_SYNTAX_HIGHLIGHT_THEME_TYPE_0_VALUES: set[
    WidgetConfigResponseModelSyntaxHighlightThemeType0
] = {
    "dark",
    "light",
}


def check_widget_config_response_model_syntax_highlight_theme_type_0(
    value: str,
) -> WidgetConfigResponseModelSyntaxHighlightThemeType0:
    if value in WIDGET_CONFIG_RESPONSE_MODEL_SYNTAX_HIGHLIGHT_THEME_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WIDGET_CONFIG_RESPONSE_MODEL_SYNTAX_HIGHLIGHT_THEME_TYPE_0_VALUES!r}"
    )
