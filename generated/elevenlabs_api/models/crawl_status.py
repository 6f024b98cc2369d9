from typing import Literal

CrawlStatus = Literal["cancelled", "failed", "processing", "queued", "skipped", "succeeded"]

CRAWL_STATUS_VALUES: set[CrawlStatus] = {
    "cancelled",
    "failed",
    "processing",
    "queued",
    "skipped",
    "succeeded",
}


def check_crawl_status(value: str) -> CrawlStatus:
    if value in CRAWL_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CRAWL_STATUS_VALUES!r}")
