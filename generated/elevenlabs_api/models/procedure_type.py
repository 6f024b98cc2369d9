from typing import Literal

ProcedureType = Literal["deterministic", "free_form"]

PROCEDURE_TYPE_VALUES: set[ProcedureType] = {
    "deterministic",
    "free_form",
}


def check_procedure_type(value: str) -> ProcedureType:
    if value in PROCEDURE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROCEDURE_TYPE_VALUES!r}")
