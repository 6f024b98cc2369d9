"""Which operations page, and how: a mark the templates turn into `iter_pages`/`iter_all` methods."""

from __future__ import annotations

from .tree import SCHEMA_REF_PREFIX, Document, Json, Pointer, map_operations, schemas_of

PAGING = "x-pagination"

# The cursor conventions the vendor uses: (query parameter, field with the next cursor). The cursor
# goes back in the query parameter; a `has_more` field, where there is one, says whether to.
CURSORS = (
    ("cursor", "next_cursor"),
    ("next_page_token", "next_page_token"),
    ("start_after_history_item_id", "last_history_item_id"),
)
MORE = "has_more"

# The exceptions: which list field is the items where a page holds several, and None for an operation
# that looks like it pages but does not.
ITEMS: dict[str, str | None] = {
    "GET /v1/convai/knowledge-base/{documentation_id}/dependent-agents": "agents",
    "GET /v1/convai/tools/{tool_id}/dependent-agents": "agents",
    # `page` is "only used when search is provided": without one every page is the first, and a pager
    # following has_more would never stop.
    "GET /v1/audio-isolation/history": None,
}


def mark_pagination(doc: Document, file: str) -> Document:
    """A GET whose query and 200 body follow one of the conventions gets `x-pagination`:

    - `cursor`: `{kind: cursor, parameter, next, more?, items}`: send `next` back as `parameter`
      (while `more`, when the page has such a field);
    - `page`: a page number parameter and `has_more`: ask for the next number while `has_more`;
    - `offset`: an offset parameter: move it on by the items received, until a page has none.
    Both number kinds carry `start`, the number the server assumes when the parameter is left out.

    `items` is the page's one list field (`ITEMS` names it where there are several). An operation
    that fits no convention gets no mark, so no pager rather than a wrong one.
    """
    schemas = schemas_of(doc)

    def resolve(node: Json) -> Json:
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            node = schemas.get(node["$ref"].removeprefix(SCHEMA_REF_PREFIX))
        return node if isinstance(node, dict) else {}

    def is_list(node: Json) -> bool:
        node = resolve(node)
        members = [resolve(m) for m in (node.get("anyOf") or node.get("oneOf") or [])]
        return node.get("type") == "array" or any(m.get("type") == "array" for m in members)

    def rewrite(operation: dict[str, Json], path: Pointer) -> dict[str, Json]:
        where = f"{str(path[2]).upper()} {path[1]}"
        body = (((operation.get("responses") or {}).get("200") or {}).get("content") or {}).get("application/json")
        if path[2] != "get" or not isinstance(body, dict) or PAGING in operation:
            return operation  # marked already (the defaults it read have gone to the descriptions since)
        fields = resolve(body.get("schema")).get("properties") or {}
        query = {
            p.get("name"): (p.get("schema") or {}).get("default")
            for p in operation.get("parameters") or []
            if isinstance(p, dict) and p.get("in") == "query"
        }
        lists = sorted(name for name, field in fields.items() if is_list(field))
        items = ITEMS[where] if where in ITEMS else lists[0] if len(lists) == 1 else None
        if items is None:
            return operation
        mark: dict[str, Json] | None = None
        for parameter, following in CURSORS:
            if parameter in query and following in fields:
                mark = {"kind": "cursor", "parameter": parameter, "next": following}
                break
        else:
            # A number's first value is the parameter's default: what the server takes when it is left out.
            if "page" in query and MORE in fields:
                mark = {"kind": "page", "parameter": "page", "start": query["page"] if query["page"] is not None else 1}
            elif "offset" in query:
                mark = {"kind": "offset", "parameter": "offset", "start": query["offset"] or 0}
        if mark is None:
            return operation
        if MORE in fields and mark["kind"] != "offset":
            mark["more"] = MORE
        return {**operation, PAGING: {**mark, "items": items}}

    return map_operations(doc, rewrite)
