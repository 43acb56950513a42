"""The offline map: projection and outlines decoded from world-atlas."""

from __future__ import annotations

import pytest

from eventwatch.dashboard import worldmap


def test_projection_corners_and_clamping() -> None:
    assert worldmap.project(-180, worldmap.NORTH) == (0.0, 0.0)
    assert worldmap.project(180, worldmap.SOUTH) == (worldmap.WIDTH, worldmap.HEIGHT)
    assert worldmap.project(0, -89)[1] == worldmap.HEIGHT  # Antarctica clamps to the bottom


@pytest.mark.skipif(not worldmap.atlas_path().exists(), reason="npm assets not installed")
def test_country_outlines_place_berlin_inside_germany() -> None:
    shapes = {code: d for code, _, d in worldmap.country_paths()}
    assert len(shapes) > 150
    x, y = worldmap.project(13.4, 52.52)
    xs, ys = _bbox(shapes["DE"])
    assert xs[0] <= x <= xs[1] and ys[0] <= y <= ys[1]
    assert shapes["DE"].startswith("M") and shapes["DE"].endswith("Z")


def _bbox(d: str) -> tuple[tuple[float, float], tuple[float, float]]:
    import re

    numbers = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", d)]
    xs, ys = numbers[0::2], numbers[1::2]
    return (min(xs), max(xs)), (min(ys), max(ys))
