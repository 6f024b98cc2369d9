from typing import Literal

ApiIntegrationOAuth2AuthCodeResponseScopeSeparatorType0 = Literal[" ", ","]

API_INTEGRATION_O_AUTH_2_AUTH_CODE_RESPONSE_SCOPE_SEPARATOR_TYPE_0_VALUES: set[
    ApiIntegrationOAuth2AuthCodeResponseScopeSeparatorType0
] = {
    " ",
    ",",
}


def check_api_integration_o_auth_2_auth_code_response_scope_separator_type_0(
    value: str,
) -> ApiIntegrationOAuth2AuthCodeResponseScopeSeparatorType0:
    if value in API_INTEGRATION_O_AUTH_2_AUTH_CODE_RESPONSE_SCOPE_SEPARATOR_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {API_INTEGRATION_O_AUTH_2_AUTH_CODE_RESPONSE_SCOPE_SEPARATOR_TYPE_0_VALUES!r}"
    )
