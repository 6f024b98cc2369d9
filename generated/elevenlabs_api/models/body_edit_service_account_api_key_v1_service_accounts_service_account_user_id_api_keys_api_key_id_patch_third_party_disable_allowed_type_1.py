from typing import Literal

BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchThirdPartyDisableAllowedType1 = (
    Literal["clear", "no_update"]
)

BODY_EDIT_SERVICE_ACCOUNT_API_KEY_V1_SERVICE_ACCOUNTS_SERVICE_ACCOUNT_USER_ID_API_KEYS_API_KEY_ID_PATCH_THIRD_PARTY_DISABLE_ALLOWED_TYPE_1_VALUES: set[
    BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchThirdPartyDisableAllowedType1
] = {
    "clear",
    "no_update",
}


def check_body_edit_service_account_api_key_v1_service_accounts_service_account_user_id_api_keys_api_key_id_patch_third_party_disable_allowed_type_1(
    value: str,
) -> BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchThirdPartyDisableAllowedType1:
    if (
        value
        in BODY_EDIT_SERVICE_ACCOUNT_API_KEY_V1_SERVICE_ACCOUNTS_SERVICE_ACCOUNT_USER_ID_API_KEYS_API_KEY_ID_PATCH_THIRD_PARTY_DISABLE_ALLOWED_TYPE_1_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BODY_EDIT_SERVICE_ACCOUNT_API_KEY_V1_SERVICE_ACCOUNTS_SERVICE_ACCOUNT_USER_ID_API_KEYS_API_KEY_ID_PATCH_THIRD_PARTY_DISABLE_ALLOWED_TYPE_1_VALUES!r}"
    )
