from typing import Literal

ExternalSyncJobType = Literal["full", "incremental"]

EXTERNAL_SYNC_JOB_TYPE_VALUES: set[ExternalSyncJobType] = {
    "full",
    "incremental",
}


def check_external_sync_job_type(value: str) -> ExternalSyncJobType:
    if value in EXTERNAL_SYNC_JOB_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXTERNAL_SYNC_JOB_TYPE_VALUES!r}")
