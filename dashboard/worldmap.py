"""An offline world map: Natural Earth 1:110m outlines (npm `world-atlas`) as SVG paths.

Equirectangular, so the browser places an event at lon/lat with the same two formulas
(`project`). The outlines come from dashboard/frontend/node_modules, installed with
`npm ci --prefix dashboard/frontend`; without them the map still shows a graticule and
the event markers.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
from functools import lru_cache
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

FRONTEND_DIR = Path(__file__).parent / "frontend"
ATLAS_FILE = FRONTEND_DIR / "node_modules" / "world-atlas" / "countries-110m.json"
WIDTH = 1000.0
NORTH, SOUTH = 84.0, -58.0  # Antarctica and the empty Arctic cost space and say nothing here
HEIGHT = round(WIDTH * (NORTH - SOUTH) / 360.0, 1)


def project(lon: float, lat: float) -> tuple[float, float]:
    x = (lon + 180.0) / 360.0 * WIDTH
    y = (NORTH - max(SOUTH, min(NORTH, lat))) / (NORTH - SOUTH) * HEIGHT
    return round(x, 1), round(y, 1)


def atlas_path() -> Path:
    return Path(os.environ.get("EVENTWATCH_WORLD_ATLAS", ATLAS_FILE))


def ensure_atlas() -> bool:
    """Install the outlines with npm when they are missing and npm exists; True if present."""
    if atlas_path().exists():
        return True
    npm = shutil.which("npm")
    if npm is None:
        log.warning("world map outlines missing and npm not found: the map shows markers only")
        return False
    log.warning("installing world map outlines: npm ci --prefix %s", FRONTEND_DIR)
    result = subprocess.run(
        [npm, "ci", "--prefix", str(FRONTEND_DIR), "--no-audit", "--no-fund"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if result.returncode != 0:
        log.warning("npm ci failed; the map shows markers only: %s", result.stderr.strip()[-300:])
    return atlas_path().exists()


@lru_cache(maxsize=1)
def country_paths() -> tuple[tuple[str, str, str], ...]:
    """(alpha-2 or '', name, SVG path d) per country; empty when the atlas is missing."""
    path = atlas_path()
    if not path.exists():
        return ()
    topology = json.loads(path.read_text(encoding="utf-8"))
    arcs = _decode_arcs(topology)
    shapes = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        polygons = _polygons(geometry)
        d = "".join(_ring_path(ring, arcs) for polygon in polygons for ring in polygon)
        if d:
            name = str(geometry.get("properties", {}).get("name", ""))
            shapes.append((_alpha2(geometry.get("id")), name, d))
    return tuple(shapes)


def graticule() -> list[tuple[float, float, float, float]]:
    """Lines every 30 degrees as (x1, y1, x2, y2)."""
    lines = []
    for lon in range(-150, 180, 30):
        x, _ = project(lon, 0)
        lines.append((x, 0.0, x, HEIGHT))
    for lat in range(-30, 90, 30):
        _, y = project(0, lat)
        lines.append((0.0, y, WIDTH, y))
    return lines


def _decode_arcs(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    decoded = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:  # TopoJSON stores quantized deltas
            x += dx
            y += dy
            points.append(project(x * sx + tx, y * sy + ty))
        decoded.append(points)
    return decoded


def _polygons(geometry: dict[str, Any]) -> list[list[list[int]]]:
    if geometry.get("type") == "Polygon":
        return [geometry["arcs"]]
    if geometry.get("type") == "MultiPolygon":
        return list(geometry["arcs"])
    return []


def _ring_path(ring: list[int], arcs: list[list[tuple[float, float]]]) -> str:
    points: list[tuple[float, float]] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc[1:] if points else arc)
    if len(points) < 3:
        return ""
    head = f"M{points[0][0]} {points[0][1]}"
    return head + "".join(f"L{x} {y}" for x, y in points[1:]) + "Z"


def _alpha2(numeric: Any) -> str:
    if numeric is None:
        return ""
    import pycountry

    country = pycountry.countries.get(numeric=str(numeric).zfill(3))
    return country.alpha_2 if country else ""
