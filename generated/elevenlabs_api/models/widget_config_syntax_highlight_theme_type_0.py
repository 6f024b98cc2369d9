from typing import Literal

WidgetConfigSyntaxHighlightThemeType0 = Literal["dark", "light"]

WIDGET_CONFIG_SYNTAX_HIGHLIGHT_THEME_TYPE_0_VALUES: set[WidgetConfigSyntaxHighlightThemeType0] = {
    "dark",
    "light",
}


def check_widget_config_syntax_highlight_theme_type_0(value: str) -> WidgetConfigSyntaxHighlightThemeType0:
    if value in WIDGET_CONFIG_SYNTAX_HIGHLIGHT_THEME_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WIDGET_CONFIG_SYNTAX_HIGHLIGHT_THEME_TYPE_0_VALUES!r}"
    )
