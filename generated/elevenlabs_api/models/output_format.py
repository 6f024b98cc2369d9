from typing import Literal

OutputFormat = Literal["markdown", "plain_text"]

OUTPUT_FORMAT_VALUES: set[OutputFormat] = {
    "markdown",
    "plain_text",
}


def check_output_format(value: str) -> OutputFormat:
    if value in OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OUTPUT_FORMAT_VALUES!r}")
