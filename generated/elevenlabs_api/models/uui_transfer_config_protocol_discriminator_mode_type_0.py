from typing import Literal

UuiTransferConfigProtocolDiscriminatorModeType0 = Literal["pd_parameter", "prefix"]

UUI_TRANSFER_CONFIG_PROTOCOL_DISCRIMINATOR_MODE_TYPE_0_VALUES: set[UuiTransferConfigProtocolDiscriminatorModeType0] = {
    "pd_parameter",
    "prefix",
}


def check_uui_transfer_config_protocol_discriminator_mode_type_0(
    value: str,
) -> UuiTransferConfigProtocolDiscriminatorModeType0:
    if value in UUI_TRANSFER_CONFIG_PROTOCOL_DISCRIMINATOR_MODE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UUI_TRANSFER_CONFIG_PROTOCOL_DISCRIMINATOR_MODE_TYPE_0_VALUES!r}"
    )
