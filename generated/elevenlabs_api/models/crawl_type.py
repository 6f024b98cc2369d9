from typing import Literal

CrawlType = Literal["discovery", "sitemap"]

CRAWL_TYPE_VALUES: set[CrawlType] = {
    "discovery",
    "sitemap",
}


def check_crawl_type(value: str) -> CrawlType:
    if value in CRAWL_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CRAWL_TYPE_VALUES!r}")
