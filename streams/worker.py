"""One Faust worker process: `python -m eventwatch.streams.worker [--web-port PORT]`.

`eventwatch worker --workers N` starts N of these; each joins the same consumer group and
gets its share of the partitions.

The tagger's pool child (spawned) runs this module again as `__mp_main__`: the app and Faust
are imported in main() so that the child imports only what tagging needs.
"""

from __future__ import annotations

import argparse
import logging
import sys

from eventwatch.errors import EventwatchError
from eventwatch.settings import get_settings


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m eventwatch.streams.worker")
    parser.add_argument("--web-port", type=int, default=None, help="Faust web port (off if unset)")
    parser.add_argument("--loglevel", default="info")
    args = parser.parse_args(argv)

    import faust

    from eventwatch.streams.app import create_app
    from eventwatch.streams.setup import ensure_topics

    settings = get_settings()
    try:
        # Without the topics, subscribing would let the broker auto-create them with 1 partition.
        ensure_topics(settings)
    except EventwatchError as exc:
        print(f"eventwatch worker: {exc}", file=sys.stderr)
        sys.exit(exc.exit_code)
    app = create_app(settings, web_port=args.web_port)
    worker = faust.Worker(app, loglevel=args.loglevel, logfile=sys.stdout, redirect_stdouts=False)
    # One line per HTTP request / Kafka fetch drowns the worker's own log.
    for noisy in ("elasticsearch", "kafka", "httpx"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    worker.execute_from_commandline()


if __name__ == "__main__":
    main()
