from typing import Literal

ApiIntegrationOAuth2CustomAppResponseScopeSeparatorType0 = Literal[" ", ","]

API_INTEGRATION_O_AUTH_2_CUSTOM_APP_RESPONSE_SCOPE_SEPARATOR_TYPE_0_VALUES: set[
    ApiIntegrationOAuth2CustomAppResponseScopeSeparatorType0
] = {
    " ",
    ",",
}


def check_api_integration_o_auth_2_custom_app_response_scope_separator_type_0(
    value: str,
) -> ApiIntegrationOAuth2CustomAppResponseScopeSeparatorType0:
    if value in API_INTEGRATION_O_AUTH_2_CUSTOM_APP_RESPONSE_SCOPE_SEPARATOR_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {API_INTEGRATION_O_AUTH_2_CUSTOM_APP_RESPONSE_SCOPE_SEPARATOR_TYPE_0_VALUES!r}"
    )
