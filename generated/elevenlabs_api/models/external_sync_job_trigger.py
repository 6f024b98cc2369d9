from typing import Literal

ExternalSyncJobTrigger = Literal["auto", "on_connect", "on_demand"]

EXTERNAL_SYNC_JOB_TRIGGER_VALUES: set[ExternalSyncJobTrigger] = {
    "auto",
    "on_connect",
    "on_demand",
}


def check_external_sync_job_trigger(value: str) -> ExternalSyncJobTrigger:
    if value in EXTERNAL_SYNC_JOB_TRIGGER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXTERNAL_SYNC_JOB_TRIGGER_VALUES!r}")
