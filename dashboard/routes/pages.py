"""Server-rendered pages: overview, search, event detail, rules, alerts."""

from __future__ import annotations

import asyncio
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from eventwatch.dashboard import backends, queries, worldmap
from eventwatch.dashboard.auth import Principal
from eventwatch.dashboard.deps import ESDep, NamesDep, identify
from eventwatch.dashboard.errors import InvalidField
from eventwatch.dashboard.filters import EventFilters
from eventwatch.dashboard.templating import render
from eventwatch.models import EVENT_TYPES

router = APIRouter(include_in_schema=False)


class LoginRequired(Exception):
    def __init__(self, target: str) -> None:
        self.target = target


def page_principal(request: Request) -> Principal:
    principal = identify(request)
    if principal is None:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        raise LoginRequired(target)
    request.state.principal = principal
    return principal


PageUser = Annotated[Principal, Depends(page_principal)]


async def login_redirect(_: Request, exc: LoginRequired) -> Response:
    return RedirectResponse(f"/login?next={quote(exc.target, safe='')}", status_code=303)


@router.get("/", response_class=HTMLResponse)
async def overview(request: Request, _: PageUser, es: ESDep, names: NamesDep) -> Response:
    data = await asyncio.to_thread(_overview_data, es, names)
    return render(
        request,
        "overview.html",
        active="overview",
        **data,
        map_shapes=worldmap.country_paths(),
        graticule=worldmap.graticule(),
        map_size=(worldmap.WIDTH, worldmap.HEIGHT),
        map_bounds={"north": worldmap.NORTH, "south": worldmap.SOUTH},
    )


def _overview_data(es: Any, names: Any) -> dict[str, Any]:
    return {
        "timeline": queries.timeline(es, names),
        "points": queries.map_points(es, names),
        "incidents": queries.latest(es, names.incidents_index, size=15, time_field="last_update"),
        "alerts": queries.latest(es, names.alerts_index, size=8, time_field="fired_at"),
        "board": backends.threat_board(es, names),
        "events_24h": queries.count_since(es, names.events_index, queries.TIME_FIELD),
        "alerts_24h": queries.count_since(es, names.alerts_index, "fired_at"),
    }


@router.get("/threat-levels", response_class=HTMLResponse)
async def threat_levels_page(request: Request, _: PageUser, es: ESDep, names: NamesDep) -> Response:
    board = await asyncio.to_thread(backends.threat_board, es, names)
    return render(request, "threat_levels.html", active="threat-levels", board=board)


@router.get("/search", response_class=HTMLResponse)
async def search_page(
    request: Request,
    _: PageUser,
    es: ESDep,
    names: NamesDep,
    filters: Annotated[EventFilters, Depends()],
) -> Response:
    error, status = None, 200
    try:
        result = await asyncio.to_thread(backends.search_events, es, names, filters)
    except InvalidField as exc:  # a filter typed into the form: say so on the page
        error, status = str(exc), exc.status
        result = {"total": 0, "events": [], "facets": {}, "next": None}
    params = {k: v for k, v in filters.as_params().items() if k != "search_after"}
    next_url = None
    if result.get("next"):
        next_url = "/search?" + urlencode(params | {"search_after": result["next"]}, doseq=True)
    return render(
        request,
        "search.html",
        active="search",
        filters=filters,
        result=result,
        types=EVENT_TYPES,
        facets=facet_links(result.get("facets") or {}, params),
        next_url=next_url,
        error=error,
        status_code=status,
    )


# facet name (as indexers.search names it) -> the query parameter that filters on it
FACET_PARAMS = {
    "type": "type",
    "types": "type",
    "country": "country",
    "countries": "country",
    "language": "lang",
    "languages": "lang",
    "lang": "lang",
    "source": "source",
    "sources": "source",
    "actor": "actor",
    "actors": "actor",
}


def facet_links(facets: dict[str, Any], params: dict[str, Any]) -> list[tuple[str, list]]:
    """[(facet, [(value, count, url that adds this filter), ...]), ...]"""
    out = []
    for name, buckets in facets.items():
        rows = []
        if isinstance(buckets, dict):
            buckets = [{"key": k, "count": v} for k, v in buckets.items()]
        param = FACET_PARAMS.get(name)
        for bucket in buckets or []:
            key = _time_key(str(bucket.get("key"))) if name == "time" else str(bucket.get("key"))
            count = bucket.get("count", bucket.get("doc_count", 0))
            url = None
            if param:
                query = {k: v for k, v in params.items() if k != param} | {param: key}
                url = "/search?" + urlencode(query, doseq=True)
            rows.append((key, count, url))
        if rows:
            out.append((name, rows))
    return out


def _time_key(key: str) -> str:
    """A histogram bucket start: '2026-11-23T00:00:00.000Z' -> '2026-11-23', else 'date HH:MM'."""
    day, _, clock = key.partition("T")
    return day if clock.startswith("00:00:00") else f"{day} {clock[:5]}".strip()


@router.get("/events/{event_id}", response_class=HTMLResponse)
async def event_page(
    request: Request, event_id: str, _: PageUser, es: ESDep, names: NamesDep
) -> Response:
    event = await asyncio.to_thread(backends.get_event, es, names, event_id)
    if event is None:
        return render(request, "missing.html", status_code=404, what="event", ident=event_id)
    article_id = (event.get("article") or {}).get("id")
    article = None
    if article_id:
        article = await asyncio.to_thread(backends.get_article, es, names, article_id)
    return render(request, "event.html", active="search", event=event, article=article)


@router.get("/incidents/{incident_id}", response_class=HTMLResponse)
async def incident_page(
    request: Request, incident_id: str, _: PageUser, es: ESDep, names: NamesDep
) -> Response:
    incident = await asyncio.to_thread(backends.get_incident, es, names, incident_id)
    if incident is None:
        return render(request, "missing.html", status_code=404, what="incident", ident=incident_id)
    return render(request, "incident.html", active="overview", incident=incident)


@router.get("/rules", response_class=HTMLResponse)
async def rules_page(request: Request, _: PageUser, es: ESDep, names: NamesDep) -> Response:
    rules = await asyncio.to_thread(backends.list_rules, es, names)
    return render(request, "rules.html", active="rules", rules=rules)


@router.get("/rules/new", response_class=HTMLResponse)
async def new_rule_page(request: Request, _: PageUser) -> Response:
    return render(
        request,
        "rule_form.html",
        active="rules",
        rule=None,
        rule_json=backends.RULE_EXAMPLE,
        types=EVENT_TYPES,
    )


@router.get("/rules/{rule_id}", response_class=HTMLResponse)
async def edit_rule_page(
    request: Request, rule_id: str, _: PageUser, es: ESDep, names: NamesDep
) -> Response:
    rule = await asyncio.to_thread(backends.get_rule, es, names, rule_id)
    if rule is None:
        return render(request, "missing.html", status_code=404, what="rule", ident=rule_id)
    return render(
        request, "rule_form.html", active="rules", rule=rule, rule_json=rule, types=EVENT_TYPES
    )


@router.get("/alerts", response_class=HTMLResponse)
async def alerts_page(request: Request, _: PageUser, es: ESDep, names: NamesDep) -> Response:
    alerts = await asyncio.to_thread(backends.list_alerts, es, names, since=None, limit=100)
    return render(request, "alerts.html", active="alerts", alerts=alerts)
