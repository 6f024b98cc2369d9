"""The scripted call every conversation's transcript, metadata and analysis are cut from."""

from __future__ import annotations

import json
from typing import Any

from ._conversations import _BILLING_AGENT, _COMPANY, _LLM_PRICES, _TURN_TIMES, _Conversation
from ._ids import _ALNUM, _HEX, _Json, _number

_Pair = tuple[_Json, _Json]  # a tool call and its result, which share a request id


def _turn(role: str, time_in_call: int, message: str | None, **fields: Any) -> _Json:
    turn: _Json = {
        "role": role,
        "agent_metadata": None,
        "message": message,
        "multivoice_message": None,
        "tool_calls": [],
        "tool_results": [],
        "feedback": None,
        "llm_override": None,
        "time_in_call_secs": time_in_call,
        "conversation_turn_metrics": None,
        "rag_retrieval_info": None,
        "llm_usage": None,
        "interrupted": False,
        "original_message": None,
        "source_medium": None,
    }
    turn.update(fields)
    return turn


def _tools(*pairs: _Pair) -> _Json:
    return {"tool_calls": [call for call, _ in pairs], "tool_results": [result for _, result in pairs]}


def _tool(
    request_id: str,
    kind: str | None,
    name: str,
    params: _Json,
    value: Any,
    latency: float,
    details: _Json | None = None,
    **extra: Any,
) -> _Pair:
    call = {
        "type": kind,
        "request_id": request_id,
        "tool_name": name,
        "params_as_json": json.dumps(params),
        "tool_has_been_called": True,
        "tool_details": details,
    }
    result = {
        "request_id": request_id,
        "tool_name": name,
        "result_value": value if isinstance(value, str) else json.dumps(value),
        "is_error": False,
        "tool_has_been_called": True,
        "tool_latency_secs": latency,
        "dynamic_variable_updates": [],
        "type": kind,
        **extra,
    }
    return call, result


def _system(
    request_id: str, name: str, params: _Json, outcome: _Json | None, latency: float, called: bool = True
) -> _Pair:
    value = json.dumps(outcome) if outcome else ""
    failed = bool(outcome and outcome["status"] == "error")
    call, result = _tool(request_id, "system", name, params, value, latency, is_error=failed, result=outcome)
    call["tool_has_been_called"] = result["tool_has_been_called"] = called
    return call, result


def _outcome(result_type: str, status: str = "success", **fields: Any) -> _Json:
    """The `result` of a system tool."""
    return {"result_type": result_type, "status": status, **fields}


def _integration_tool(
    request_id: str, name: str, params: _Json, value: Any, latency: float, details: _Json, **extra: Any
) -> _Pair:
    ids = {key: details[key] for key in ("integration_id", "credential_id", "integration_connection_id")}
    return _tool(request_id, "api_integration_webhook", name, params, value, latency, details, **ids, **extra)


def _integration(c: _Conversation, integration_id: str, webhook: _Json) -> _Json:
    return {
        "type": "api_integration_webhook",
        "integration_id": integration_id,
        "credential_id": "cred_01j" + c.token(f"{integration_id}/credential", 23),
        "integration_connection_id": "iconn_01j" + c.token(f"{integration_id}/connection", 23),
        "webhook_details": webhook,
    }


def _webhook(method: str, url: str, body: str | None = None, **params: dict[str, str]) -> _Json:
    return {
        "type": "webhook",
        "method": method,
        "url": url,
        "headers": params.get("headers", {}),
        "path_params": params.get("path_params", {}),
        "query_params": params.get("query_params", {}),
        "body": body,
    }


def _mcp(tool: str, parameters: dict[str, str], **extra: Any) -> _Json:
    return {
        "type": "mcp",
        "mcp_server_id": "mcp_01jx5k7m9p1r3t5v7x9z1b3d5f",
        "mcp_server_name": "Linear",
        "integration_type": "mcp_server",
        "parameters": parameters,
        "approval_policy": "auto_approve_all",
        **extra,
    }


def _update(c: _Conversation, at: float, name: str, old: str | None, new: str, pair: _Pair) -> _Json:
    call, _ = pair
    return {
        "variable_name": name,
        "old_value": old,
        "new_value": new,
        "updated_at": round(c.start + at, 3),
        "tool_name": call["tool_name"],
        "tool_request_id": call["request_id"],
    }


def _metrics(**elapsed: float) -> _Json:
    return {"metrics": {name: {"elapsed_time": seconds} for name, seconds in elapsed.items()}}


def _llm_usage(tokens: dict[str, tuple[int, int]]) -> _Json:
    usage = {}
    for model, (given, produced) in tokens.items():
        price_in, price_out = _LLM_PRICES[model]
        usage[model] = {
            "input": {"tokens": given, "price": round(given * price_in, 10)},
            "output_total": {"tokens": produced, "price": round(produced * price_out, 10)},
        }
    return {"model_usage": usage}


def _edge(latency: float, edge_id: str, target: str) -> _Json:
    return {"step_latency_secs": latency, "type": "edge", "edge_id": edge_id, "target_node_id": target}


def _nested_tools(latency: float, node_id: str, *pairs: _Pair) -> _Json:
    tools = _tools(*pairs)
    return {
        "step_latency_secs": latency,
        "type": "nested_tools",
        "node_id": node_id,
        "requests": tools["tool_calls"],
        "results": tools["tool_results"],
        "is_successful": not any(result["is_error"] for result in tools["tool_results"]),
    }


def _workflow(c: _Conversation, invoice: str) -> _Json:
    """A billing workflow two levels deep: every step kind, and tool results of every kind inside it."""

    def rid(name: str) -> str:
        return c.request_id("workflow/" + name)

    charges = _webhook("GET", "https://api.stripe.com/v1/charges", query_params={"limit": "10"})
    issue = {"title": f"Refund duplicate charge on {invoice}", "team": "BILL"}
    eligibility = [
        _edge(0.001, "edge_eligibility", "node_payments"),
        _nested_tools(
            1.312,
            "node_payments",
            _integration_tool(
                rid("stripe"),
                "stripe_list_charges",
                {"limit": 10},
                {"data": [{"amount": 6500}] * 2},
                0.433,
                _integration(c, "stripe", charges),
            ),
            _tool(
                rid("linear"),
                "mcp",
                "linear_create_issue",
                issue,
                {"identifier": "BILL-2231"},
                0.871,
                _mcp("create_issue", issue),
            ),
        ),
        {"step_latency_secs": 0.002, "type": "max_iterations_exceeded", "max_iterations": 3},
    ]
    invoice_url = "https://billing.northwind-broadband.example/v1/invoices/{invoice_id}"
    get_invoice = _webhook(
        "GET", invoice_url, headers={"Accept": "application/json"}, path_params={"invoice_id": invoice}
    )
    return {
        "steps": [
            _edge(0.002, "edge_start", "node_invoice"),
            _nested_tools(
                1.611,
                "node_invoice",
                _tool(
                    rid("invoice"),
                    "webhook",
                    "get_invoice",
                    {"invoice_id": invoice},
                    {"total": 130.0},
                    0.274,
                    get_invoice,
                ),
                _tool(
                    rid("eligibility"),
                    "workflow",
                    "refund_eligibility_workflow",
                    {"invoice_id": invoice},
                    {"eligible": True},
                    1.329,
                    result={"steps": eligibility},
                ),
            ),
            _edge(0.001, "edge_refund", "node_end"),
        ]
    }


def _transcript(c: _Conversation) -> list[_Json]:
    """The scripted 13-turn call, cut down to the turns this conversation has."""
    rid = c.request_id
    name, full_name = c.first_name, f"{c.first_name} {c.last_name}".strip()
    account = "001" + c.token("account", 15, _ALNUM)
    invoice = f"INV-2025-05-{c.index:06d}"
    refund = "re_" + c.token("refund", 24, _ALNUM)
    phone = f"+1415555{c.index % 10000:04d}"
    node = "node_01j" + c.token("node", 23)
    agent = {"agent_id": c.agent_id, "branch_id": "agtbrch_01j" + c.token("branch", 23), "workflow_node_id": None}
    billing = {"agent_id": _BILLING_AGENT, "branch_id": None, "workflow_node_id": None}
    t = _TURN_TIMES

    soql = _webhook(
        "GET",
        "https://northwind.my.salesforce.com/services/data/v60.0/query",
        headers={"Accept": "application/json"},
        query_params={"q": f"SELECT Id, Name FROM Account WHERE Phone = '{phone}'"},
    )
    records = {"totalSize": 1, "records": [{"Id": account, "Name": full_name}]}
    lookup = _integration_tool(
        rid("lookup"),
        "salesforce_lookup_account",
        {"phone": phone},
        records,
        0.612,
        _integration(c, "salesforce", soql),
    )
    lookup[1]["dynamic_variable_updates"] = [
        _update(c, 13.482, "account_id", None, account, lookup),
        _update(c, 13.483, "customer_name", name, full_name, lookup),
    ]
    outage_url = "https://api.northwind-broadband.example/v2/outages/{region}/lookup"
    outage_body = json.dumps({"postal_code": "94110"})
    outage_hook = _webhook(
        "POST", outage_url, outage_body, path_params={"region": "us-west"}, query_params={"include_planned": "true"}
    )
    outage = _tool(
        rid("outage"),
        "webhook",
        "check_outage_status",
        {"postal_code": "94110"},
        {"active_outage": True},
        0.384,
        outage_hook,
    )
    outage[1]["dynamic_variable_updates"] = [_update(c, 23.918, "outage_ticket", None, "OUT-88213", outage)]
    bill_params = {"account_id": account}
    not_run = (  # logged before the tool ran: no type, no details, a bare result
        {
            "request_id": rid("router"),
            "tool_name": "lookup_router_model",
            "params_as_json": "{}",
            "tool_has_been_called": False,
        },
        {
            "request_id": rid("router"),
            "tool_name": "lookup_router_model",
            "result_value": "Tool call was not executed: the agent ended the turn before the tool ran",
            "is_error": True,
            "tool_has_been_called": False,
        },
    )
    dispute = _tool(
        rid("workflow"),
        "workflow",
        "billing_dispute_workflow",
        {"invoice_id": invoice},
        {"refund_id": refund},
        2.942,
        result=_workflow(c, invoice),
    )
    dispute[1]["dynamic_variable_updates"] = [_update(c, 34.207, "refund_id", None, refund, dispute)]
    goodbye = f"Thanks for calling {_COMPANY}, {name}. Have a great evening!"
    transfer = {"from_agent": c.agent_id}

    script = [
        _turn(
            "agent",
            t[0],
            f"Hi {name}, thanks for calling {_COMPANY}. I'm {c.agent_speaks_as}. How can I help you today?",
            agent_metadata={**agent, "workflow_node_id": node},
            conversation_turn_metrics=_metrics(convai_tts_service_ttfb=0.188),
        ),
        _turn(
            "user", t[1], f"Hi, I'm calling about {c.topic}. I think I was charged twice too.", source_medium="audio"
        ),
        _turn(
            "agent",
            t[2],
            None,
            agent_metadata=agent,
            **_tools(
                _system(
                    rid("lang"),
                    "language_detection",
                    {"language": "en"},
                    _outcome("language_detection_success", language="en"),
                    0.004,
                ),
                lookup,
            ),
            conversation_turn_metrics=_metrics(convai_llm_service_ttfb=0.527, convai_llm_service_ttf_sentence=0.731),
            llm_usage=_llm_usage({"gemini-2.0-flash": (2214, 41)}),
        ),
        _turn(
            "agent",
            t[3],
            f"Thanks, {name}, I found your account. Evening slowdowns are often congestion on the local node.",
            agent_metadata=agent,
            multivoice_message={
                "parts": [
                    {"text": f"Thanks, {name}, I found your account.", "voice_label": None, "time_in_call_secs": t[3]},
                    {
                        "text": "Evening slowdowns are often congestion on the local node.",
                        "voice_label": "Technician",
                        "time_in_call_secs": None,
                    },
                ]
            },
            feedback={"score": "like", "time_in_call_secs": t[3] + 2},
            llm_override="gpt-4o-mini",
            conversation_turn_metrics=_metrics(convai_llm_service_ttfb=0.463, convai_rag_latency=0.091),
            rag_retrieval_info={
                "chunks": [
                    {"document_id": "kb_01jx6r2s4t6v8w0x2y4z6a8b0c", "chunk_id": "chunk_17", "vector_distance": 0.1823},
                    {"document_id": "kb_01jx6r9m1n3p5q7r9s1t3v5w7x", "chunk_id": "chunk_3", "vector_distance": 0.2417},
                ],
                "embedding_model": "multilingual_e5_large_instruct",
                "retrieval_query": "internet drops every evening",
                "rag_latency_secs": 0.091,
            },
            llm_usage=_llm_usage({"gpt-4o-mini": (2630, 38)}),
            interrupted=True,
            original_message=f"Thanks, {name}, I found your account. Evening slowdowns are often congestion on the "
            "local node. Let me check for outages in your area first.",
        ),
        _turn("user", t[4], "Okay. Can you pull up the bill on my screen? I'm on your website.", source_medium="text"),
        _turn(
            "agent",
            t[5],
            None,
            agent_metadata={**agent, "branch_id": None},
            **_tools(
                outage,
                _tool(
                    rid("bill"),
                    "client",
                    "show_billing_breakdown",
                    bill_params,
                    "Billing breakdown displayed",
                    0.129,
                    {"type": "client", "parameters": json.dumps(bill_params)},
                ),
                _tool(
                    rid("issues"),
                    "mcp",
                    "linear_search_issues",
                    {"query": "evening packet loss"},
                    [{"identifier": "NET-512"}],
                    0.957,
                    _mcp("search_issues", {"query": "evening packet loss"}),
                ),
                _tool(rid("plan"), None, "get_customer_plan", {}, {"plan": "Fiber 500", "monthly_price": 65.0}, 0.211),
                not_run,
            ),
            conversation_turn_metrics=_metrics(convai_llm_service_ttfb=0.598),
            llm_usage=_llm_usage({"gemini-2.0-flash": (2988, 96)}),
        ),
        _turn(
            "agent",
            t[6],
            "There is an active outage on your local node. I also see two charges of sixty-five dollars, "
            "so I've started a refund for the duplicate.",
            agent_metadata={**agent, "workflow_node_id": node},
            **_tools(dispute),
        ),
        _turn("user", t[7], "Great, thanks. When will I see the money back?", source_medium="audio"),
        _turn(
            "agent",
            t[8],
            "Let me bring in our billing specialist to confirm the refund timeline.",
            agent_metadata=agent,
            **_tools(
                _system(
                    rid("transfer-1"),
                    "transfer_to_agent",
                    {"agent_number": 1},
                    _outcome(
                        "transfer_to_agent_error",
                        "error",
                        **transfer,
                        error="Agent number 1 is not configured for transfer",
                    ),
                    0.003,
                ),
                _system(
                    rid("transfer-2"),
                    "transfer_to_agent",
                    {"agent_number": 0},
                    _outcome(
                        "transfer_to_agent_success",
                        **transfer,
                        to_agent=_BILLING_AGENT,
                        condition="The caller asks about refunds",
                        delay_ms=500,
                        transfer_message="Connecting you with billing.",
                        enable_transferred_agent_first_message=True,
                    ),
                    0.011,
                ),
            ),
        ),
        _turn(
            "agent",
            t[9],
            f"Hi {name}, this is Quinn from billing. Give me a second while I reach the payments line.",
            agent_metadata=billing,
            **_tools(
                _system(
                    rid("dtmf-1"),
                    "play_keypad_touch_tone",
                    {"dtmf_tones": "2#"},
                    _outcome("play_dtmf_error", "error", error="Call leg not bridged"),
                    0.006,
                ),
                _system(
                    rid("dtmf-2"),
                    "play_keypad_touch_tone",
                    {"dtmf_tones": "2#"},
                    _outcome("play_dtmf_success", dtmf_tones="2#", reason=None),
                    0.402,
                ),
                _system(
                    rid("skip"),
                    "skip_turn",
                    {"reason": "Caller is looking for a bill"},
                    _outcome("skip_turn_success", reason="Caller is looking for a bill"),
                    0.001,
                ),
            ),
        ),
        _turn(
            "agent",
            t[10],
            "Your refund is confirmed and will reach your card in five to ten business days. "
            "I'll connect you to a technician about the evening drops.",
            agent_metadata=billing,
            **_tools(
                _system(
                    rid("number-1"),
                    "transfer_to_number",
                    {"transfer_number": "+14155550142"},
                    _outcome(
                        "transfer_to_number_error",
                        "error",
                        error="Destination did not answer",
                        details="No answer after 20 seconds",
                    ),
                    20.013,
                ),
                _system(
                    rid("number-2"),
                    "transfer_to_number",
                    {"transfer_number": "+14155550142"},
                    _outcome(
                        "transfer_to_number_twilio_success",
                        transfer_number="+14155550142",
                        reason="A technician is needed",
                        client_message="Connecting you to a technician now, please hold.",
                        agent_message=f"Transferring {full_name} about nightly packet loss. Refund issued.",
                        conference_name="conf_" + c.token("conference", 32, _HEX),
                        note="Warm transfer",
                    ),
                    1.337,
                ),
                _system(
                    rid("number-3"),
                    "transfer_to_number",
                    {"transfer_number": "sip:tier2@pbx.example"},
                    _outcome(
                        "transfer_to_number_sip_success",
                        transfer_number="sip:tier2@pbx.example",
                        reason=None,
                        note=None,
                    ),
                    0.842,
                ),
            ),
            feedback={"score": "dislike", "time_in_call_secs": t[10] + 6},
        ),
        _turn("user", t[11], "No, that's everything. Thanks!", source_medium="audio"),
        _turn(
            "agent",
            t[12],
            goodbye,
            agent_metadata=billing,
            **_tools(
                _system(
                    rid("voicemail"),
                    "voicemail_detection",
                    {},
                    _outcome(
                        "voicemail_detection_success",
                        voicemail_message="Please leave your account number.",
                        reason="Greeting",
                    ),
                    0.005,
                ),
                _system(
                    rid("test"),
                    "transfer_to_agent",
                    {"agent_number": 2},
                    _outcome("testing_tool_result", reason="Skipping tool call in test mode"),
                    0,
                    called=False,
                ),
                _system(rid("lang-2"), "language_detection", {}, None, 0, called=False),
                _system(
                    rid("end"),
                    "end_call",
                    {"reason": "Nothing else"},
                    _outcome("end_call_success", reason="Nothing else", message=goodbye),
                    0.002,
                ),
            ),
            conversation_turn_metrics=_metrics(convai_llm_service_ttfb=0.388),
            llm_usage={"model_usage": {}},
        ),
    ]
    return [script[k] for k in c.turns]


def _feature(used: bool, enabled: bool = True) -> _Json:
    return {"enabled": enabled, "used": used}


def _metadata(c: _Conversation) -> _Json:
    h = _number(f"conversation/{c.index}/metadata")
    has = set(c.turns).__contains__
    phone_call: _Json | None = None
    if c.channel == "twilio":
        phone_call = {
            "direction": "inbound",
            "phone_number_id": "phnum_01j" + c.token("phone-number", 23),
            "agent_number": "+14155550100",
            "external_number": f"+1415555{c.index % 10000:04d}",
            "type": "twilio",
            "stream_sid": "MZ" + c.token("stream", 32, _HEX),
            "call_sid": "CA" + c.token("call", 32, _HEX),
        }
    elif c.channel == "sip_trunk":
        phone_call = {
            "direction": "outbound",
            "phone_number_id": "phnum_01j" + c.token("phone-number", 23),
            "agent_number": "+14155550101",
            "external_number": f"+1415555{c.index % 10000:04d}",
            "type": "sip_trunking",
            "call_sid": c.token("sip-call", 36, _HEX),
        }
    zendesk = c.channel == "widget" and h % 2 == 0
    tokens = 900 * len(c.turns)
    llm = _llm_usage({"gemini-2.0-flash": (tokens, tokens // 30)})
    return {
        "start_time_unix_secs": c.start,
        "accepted_time_unix_secs": c.start + 1 if c.turns else None,
        "call_duration_secs": c.duration,
        "cost": c.duration * 13 if c.turns else None,
        "deletion_settings": {
            "deletion_time_unix_secs": c.start + 30 * 86400,
            "deleted_logs_at_time_unix_secs": None,
            "deleted_audio_at_time_unix_secs": None,
            "deleted_transcript_at_time_unix_secs": None,
            "delete_transcript_and_pii": False,
            "delete_audio": bool(h & 2),
        },
        "feedback": {
            "type": "rating" if has(3) else None,
            "overall_score": ("like" if h & 4 else "dislike") if has(3) else None,
            "likes": int(has(3)),
            "dislikes": int(has(10)),
            "rating": 1 + h % 5 if has(3) else None,
            "comment": "Refund was quick, but the first transfer failed." if has(3) and h & 8 else None,
        },
        "authorization_method": {"widget": "signed_url", "whatsapp": "whatsapp"}.get(c.channel, "authorization_header"),
        "charging": {
            "dev_discount": False,
            "is_burst": bool(h & 16),
            "tier": "business",
            "llm_usage": {"irreversible_generation": llm, "initiated_generation": llm},
            "llm_price": round(tokens * 1e-7, 10),
            "llm_charge": tokens // 500,
            "call_charge": c.duration * 13,
            "free_minutes_consumed": 0.0,
            "free_llm_dollars_consumed": 0.0,
        },
        "phone_call": phone_call,
        "batch_call": (
            {"batch_call_id": "btcal_" + c.token("batch", 20), "batch_call_recipient_id": "btcrec_" + c.token("r", 20)}
            if c.channel == "sip_trunk"
            else None
        ),
        "termination_reason": {"done": "end_call tool was called.", "failed": "Client disconnected: 1006"}.get(
            c.status, ""
        ),
        "error": {"code": 1006, "reason": "The caller hung up"} if c.status == "failed" else None,
        "warnings": ["Transfer to +14155550142 failed on the first attempt"] if has(10) else [],
        "main_language": "en",
        "rag_usage": {"usage_count": 1, "embedding_model": "multilingual_e5_large_instruct"} if has(3) else None,
        "text_only": False,
        "features_usage": {
            "language_detection": _feature(has(2)),
            "transfer_to_agent": _feature(has(8)),
            "transfer_to_number": _feature(has(10)),
            "multivoice": _feature(has(3)),
            "dtmf_tones": _feature(has(9)),
            "external_mcp_servers": _feature(has(5)),
            "pii_zrm_workspace": False,
            "pii_zrm_agent": False,
            "tool_dynamic_variable_updates": _feature(has(2)),
            "is_livekit": False,
            "voicemail_detection": _feature(has(12)),
            "workflow": {
                "enabled": True,
                "tool_node": _feature(has(6)),
                "standalone_agent_node": _feature(False, enabled=False),
                "phone_number_node": _feature(False, enabled=False),
                "end_node": _feature(has(12)),
            },
            "agent_testing": {
                "enabled": True,
                "tests_ran_after_last_modification": True,
                "tests_ran_in_last_7_days": False,
            },
            "versioning": _feature(False),
        },
        "eleven_assistant": {"is_eleven_assistant": False},
        "initiator_id": "usr_" + c.token("initiator", 20) if c.channel == "sip_trunk" else None,
        "conversation_initiation_source": c.channel,
        "conversation_initiation_source_version": "0.9.2" if c.channel == "widget" else None,
        "timezone": "America/Los_Angeles",
        "initiation_trigger": {"trigger_type": "zendesk", "ticket_id": 48000 + c.index}
        if zendesk
        else {"trigger_type": "default"},
        "async_metadata": (
            {
                "delivery_status": "success",
                "delivery_timestamp": c.start + c.duration + 2,
                "delivery_error": None,
                "external_system": "zendesk",
                "external_id": str(48000 + c.index),
                "retry_count": 0,
                "last_retry_timestamp": None,
            }
            if zendesk
            else None
        ),
        "whatsapp": (
            {
                "direction": "inbound",
                "whatsapp_phone_number_id": "wa_" + c.token("wa", 16),
                "whatsapp_user_id": c.token("wu", 12, _HEX),
            }
            if c.channel == "whatsapp"
            else None
        ),
        "agent_created_from": "ui",
        "agent_last_updated_from": "cli" if h & 32 else "api",
    }


def _analysis(c: _Conversation) -> _Json | None:
    if c.summary is None:
        return None
    resolved = c.call_successful == "success"
    return {
        "evaluation_criteria_results": {
            "issue_resolved": {
                "criteria_id": "issue_resolved",
                "result": c.call_successful,
                "rationale": "The duplicate charge was refunded." if resolved else "The issue was left open.",
            },
            "polite_closing": {
                "criteria_id": "polite_closing",
                "result": "success" if 12 in c.turns else "unknown",
                "rationale": "The agent thanked the caller." if 12 in c.turns else "The call ended early.",
            },
        },
        "data_collection_results": {
            "issue_category": {
                "data_collection_id": "issue_category",
                "value": "billing",
                "json_schema": {
                    "type": "string",
                    "description": "Main reason for the call",
                    "enum": ["billing", "outage", "equipment", "other"],
                    "is_system_provided": False,
                    "dynamic_variable": "",
                    "constant_value": "",
                },
                "rationale": "The caller led with a double charge.",
            },
            "refund_amount_usd": {
                "data_collection_id": "refund_amount_usd",
                "value": 65.0 if resolved else None,
                "json_schema": {"type": "number", "description": "Amount refunded, in US dollars"},
                "rationale": "A duplicate charge of $65.00 was refunded." if resolved else "No refund was issued.",
            },
            "technician_requested": {
                "data_collection_id": "technician_requested",
                "value": 10 in c.turns,
                "json_schema": {
                    "type": "boolean",
                    "description": "Whether a technician was requested",
                    "constant_value": False,
                },
                "rationale": "The caller asked about the evening drops.",
            },
            "callback_count": {
                "data_collection_id": "callback_count",
                "value": 0,
                "json_schema": {
                    "type": "integer",
                    "description": "Callbacks promised",
                    "is_system_provided": True,
                    "dynamic_variable": "system__call_duration_secs",
                    "constant_value": 3,
                },
                "rationale": "No callback was promised.",
            },
            "router_model": {
                "data_collection_id": "router_model",
                "value": None,
                "json_schema": None,
                "rationale": "The router model was never mentioned.",
            },
        },
        "call_successful": c.call_successful,
        "transcript_summary": c.summary,
        "call_summary_title": c.title,
    }


def _conversation(c: _Conversation) -> _Json:
    """The full GetConversationResponseModel of one conversation."""
    return {
        "agent_id": c.agent_id,
        "conversation_id": c.conversation_id,
        "status": c.status,
        "user_id": c.user_id,
        "branch_id": "agtbrch_01j" + c.token("branch", 23),
        "transcript": _transcript(c),
        "metadata": _metadata(c),
        "analysis": _analysis(c),
        "conversation_initiation_client_data": {
            "conversation_config_override": {
                "turn": {"soft_timeout_config": {"message": "One moment while I look that up."}},
                "tts": {"voice_id": "cgSgspJ2msm6clMCkdW9", "stability": 0.55, "speed": 1.05, "similarity_boost": None},
                "conversation": {"text_only": False},
                "agent": {
                    "first_message": "Hi {{customer_name}}, thanks for calling. How can I help you today?",
                    "language": "en",
                    "prompt": {
                        "prompt": f"You are {c.agent_speaks_as}, a friendly support agent for {_COMPANY}.",
                        "llm": "gemini-2.0-flash",
                        "native_mcp_server_ids": ["mcp_01jx5k7m9p1r3t5v7x9z1b3d5f"],
                    },
                },
            },
            "custom_llm_extra_body": {"temperature": 0.3},
            "user_id": c.user_id,
            "source_info": {"source": c.channel, "version": "0.9.2" if c.channel == "widget" else None},
            "dynamic_variables": {
                "customer_name": c.first_name,
                "account_balance": 130.0,
                "open_tickets": c.index % 4,
                "is_vip": c.index % 5 == 0,
                "referral_code": None,
                "system__agent_id": c.agent_id,
                "system__conversation_id": c.conversation_id,
                "system__call_duration_secs": c.duration,
            },
        },
        "has_audio": True,
        "has_user_audio": bool(c.turns),
        "has_response_audio": bool(c.turns),
    }
