"""Reference PRIM trajectories on R's quakes data, computed with EMA Workbench's own code.

Writes tests/fixtures/discovery/prim-quakes-reference.json, which tests/analysis/discovery
compares with collabsim's `prim` exactly (n and k of every box, every box's limits) and
closely (quasi-p-values, to 1e-9).

Run against EMA Workbench commit 819a4b6c3e196a5b799eeb7664a899a80dca28ff
(2026-06-15, "Small dtype update due to pandas3 (#451)"), with Debian 12's
python3-numpy 1.24.2, python3-pandas 1.5.3 and python3-scipy 1.10.1:

    git clone https://github.com/quaquel/EMAworkbench /tmp/EMAworkbench
    git -C /tmp/EMAworkbench checkout 819a4b6c3e196a5b799eeb7664a899a80dca28ff
    /usr/bin/python3 scripts/reference/prim-quakes.py /tmp/EMAworkbench

Only three files of the workbench are loaded (ema_workbench/analysis/prim.py, prim_util.py,
scenario_discovery_util.py), as a stand-alone package; their plotting imports (matplotlib,
seaborn, scikit-learn, altair) and the workbench's logging helpers are stubbed, since no
plot is drawn. One shim: numpy 1.24 lacks the `np.bool` alias that numpy 2 restored and
`_in_box` uses; it is set to `np.bool_` (the same type).
"""

import json
import logging
import os
import sys
import types
from contextlib import contextmanager
from unittest.mock import MagicMock

import numpy as np
import pandas as pd

if not hasattr(np, "bool"):
    np.bool = np.bool_  # numpy 1.24 shim, see above

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
EMA_COMMIT = "819a4b6c3e196a5b799eeb7664a899a80dca28ff"


def load_prim(ema_root):
    """Import the three PRIM files of an EMA Workbench checkout as package `emaref.analysis`."""
    for name in [
        "matplotlib",
        "matplotlib.pyplot",
        "matplotlib.colors",
        "matplotlib.patches",
        "matplotlib.axes",
        "matplotlib.figure",
        "matplotlib.gridspec",
        "mpl_toolkits",
        "mpl_toolkits.axes_grid1",
        "seaborn",
        "sklearn",
        "sklearn.metrics",
        "altair",
    ]:
        sys.modules[name] = MagicMock()

    def package(name, path=None):
        module = types.ModuleType(name)
        module.__path__ = [path] if path else []
        sys.modules[name] = module
        return module

    @contextmanager
    def temporary_filter(*args, **kwargs):
        yield

    package("emaref")
    util = package("emaref.util")
    util.INFO = logging.INFO
    util.EMAError = type("EMAError", (Exception,), {})
    util.get_module_logger = logging.getLogger
    util.temporary_filter = temporary_filter
    ema_logging = package("emaref.util.ema_logging")
    ema_logging.get_module_logger = logging.getLogger
    package("emaref.em_framework")
    em_util = package("emaref.em_framework.util")
    em_util.NumpySeedLike = object
    em_util.RNGLike = object
    package("emaref.analysis", os.path.join(ema_root, "ema_workbench", "analysis"))
    plotting_util = package("emaref.analysis.plotting_util")
    plotting_util.COLOR_LIST = []
    plotting_util.make_legend = lambda *a, **k: None

    import importlib

    return importlib.import_module("emaref.analysis.prim")


def limits_of(box_lim, columns):
    """A box's limits as {column: [low, high]} in plain floats, or the sorted categories in the box."""
    return {
        c: sorted(box_lim.loc[0, c]) if isinstance(box_lim.loc[0, c], set)
        else [float(box_lim.loc[0, c]), float(box_lim.loc[1, c])]
        for c in columns
    }


def qp_of(qp):
    """Quasi-p-values as {column: [low, high]}, -1 where that side is not restricted."""
    return {c: [float(v) for v in values] for c, values in qp.items()}


def trajectory_of(box, columns):
    """Every entry of a box's peeling-and-pasting trajectory."""
    pt = box.peeling_trajectory
    return [
        {
            "n": int(pt.loc[i, "n"]),
            "k": int(pt.loc[i, "k"]),
            "coverage": float(pt.loc[i, "coverage"]),
            "density": float(pt.loc[i, "density"]),
            "mass": float(pt.loc[i, "mass"]),
            "restricted": int(pt.loc[i, "res_dim"]),
            "limits": limits_of(box.box_lims[i], columns),
            "qp": qp_of(box.p_values[i]),
        }
        for i in range(pt.shape[0])
    ]


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: prim-quakes.py <EMAworkbench checkout>")
    prim = load_prim(sys.argv[1])
    quakes = pd.read_csv(os.path.join(ROOT, "tests", "fixtures", "discovery", "quakes.csv"))
    x = quakes[["lat", "long", "depth", "stations"]]
    y = (quakes["mag"] > 5).to_numpy()
    cases = [
        ("original, peelAlpha 0.1", dict(obj_function=prim.PRIMObjectiveFunctions.ORIGINAL, peel_alpha=0.1), 1),
        ("defaults (lenient1, peel 0.05, paste 0.05, massMin 0.05)", dict(), 1),
        ("lenient2", dict(obj_function=prim.PRIMObjectiveFunctions.LENIENT2), 1),
        ("defaults, three boxes in sequence (covering)", dict(), 3),
    ]
    # A categorical factor made from longitude, to exercise peeling and pasting by category.
    zone = pd.cut(quakes["long"], [0, 172, 178, 182, 360], labels=["west", "centre-west", "centre-east", "east"], right=False)
    xz = pd.DataFrame({"lat": quakes["lat"], "zone": zone.astype(str).astype(object), "depth": quakes["depth"], "stations": quakes["stations"]})
    zone_cases = [
        ("categorical zone (from long), defaults", dict(), 1),
        ("categorical zone (from long), original, peelAlpha 0.1", dict(obj_function=prim.PRIMObjectiveFunctions.ORIGINAL, peel_alpha=0.1), 1),
    ]
    out = {
        "source": "EMA Workbench ema_workbench/analysis/prim.py, commit " + EMA_COMMIT,
        "script": "scripts/reference/prim-quakes.py",
        "versions": {"numpy": np.__version__, "pandas": pd.__version__, "scipy": __import__("scipy").__version__},
        "data": "tests/fixtures/discovery/quakes.csv; x: lat, long (float), depth, stations (integer); y: mag > 5",
        "zone": "categorical cases: zone = west (long < 172), centre-west (< 178), centre-east (< 182), east; x: lat, zone, depth, stations",
        "cases": [],
    }
    runs = [(x, case) for case in cases] + [(xz, case) for case in zone_cases]
    for data, (name, options, boxes) in runs:
        columns = list(data.columns)
        alg = prim.Prim(data, y, **options)
        found = []
        for _ in range(boxes):
            box = alg.find_box()
            if box is None:
                break
            found.append(trajectory_of(box, columns))
        out["cases"].append(
            {
                "name": name,
                "columns": {c: str(data[c].dtype) for c in columns},
                "options": {k: (v.value if hasattr(v, "value") else v) for k, v in options.items()},
                "boxes": found,
            }
        )
    target = os.path.join(ROOT, "tests", "fixtures", "discovery", "prim-quakes-reference.json")
    with open(target, "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    print("wrote " + target)


if __name__ == "__main__":
    main()
