from typing import Literal

ExternalSyncProvider = Literal["google_drive"]

EXTERNAL_SYNC_PROVIDER_VALUES: set[ExternalSyncProvider] = {
    "google_drive",
}


def check_external_sync_provider(value: str) -> ExternalSyncProvider:
    if value in EXTERNAL_SYNC_PROVIDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXTERNAL_SYNC_PROVIDER_VALUES!r}")
