"""eventwatch: streaming event monitoring for news."""

__version__ = "0.1.0"


def _numpy2_alias_for_elasticsearch_client() -> None:
    # The elasticsearch 7.13 client (pinned: newer 7.x clients refuse the cluster runner's
    # 'unknown' build flavor) reads np.float_ at import time, which NumPy 2 removed.
    try:
        import numpy
    except ImportError:
        return
    if "float_" not in vars(numpy):
        numpy.float_ = numpy.float64  # type: ignore[attr-defined]


_numpy2_alias_for_elasticsearch_client()
