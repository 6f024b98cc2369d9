from typing import Literal

MCPServerTransport = Literal["SSE", "STREAMABLE_HTTP"]

MCP_SERVER_TRANSPORT_VALUES: set[MCPServerTransport] = {
    "SSE",
    "STREAMABLE_HTTP",
}


def check_mcp_server_transport(value: str) -> MCPServerTransport:
    if value in MCP_SERVER_TRANSPORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MCP_SERVER_TRANSPORT_VALUES!r}")
