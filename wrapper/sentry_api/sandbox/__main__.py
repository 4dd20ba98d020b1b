"""``python -m sentry_api.sandbox``: serve the sandbox on 127.0.0.1 until interrupted."""

from __future__ import annotations

import argparse
import sys
import threading
from collections.abc import Sequence

from .ratelimit import RateLimit
from .server import SandboxServer


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m sentry_api.sandbox",
        description="Serve a local Sentry-compatible API with demo data on 127.0.0.1.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port (default: a free one)")
    parser.add_argument(
        "--regions",
        default="",
        help="comma-separated region listeners to start too, e.g. 'us,de' (each on a free port)",
    )
    parser.add_argument("--seed", type=int, default=0, help="seed of the demo data")
    parser.add_argument(
        "--seed-issues", type=int, default=250, help="issues generated for the acme organization"
    )
    parser.add_argument(
        "--latency-ms", type=float, default=0.0, help="milliseconds added to every API request"
    )
    parser.add_argument(
        "--rate-limit",
        metavar="REQUESTS/WINDOW/CONCURRENT",
        help="limits for every token, e.g. '40/1/25' (40 requests per 1 s, 25 in flight)",
    )
    return parser


def _rate_limit(text: str | None) -> RateLimit | None:
    if not text:
        return None
    requests, window, concurrent = text.split("/")
    return RateLimit(int(requests), float(window), int(concurrent))


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    regions = tuple(r.strip() for r in args.regions.split(",") if r.strip())
    server = SandboxServer(
        host=args.host,
        port=args.port,
        regions=regions,
        seed=args.seed,
        seed_issues=args.seed_issues,
        latency=args.latency_ms / 1000.0,
        rate_limit=_rate_limit(args.rate_limit),
    )
    server.start()
    print(f"Sentry sandbox listening on {server.url}")
    for region, url in server.region_urls.items():
        print(f"  region {region}: {url}")
    print(f"Token: {server.token}")
    print("Organization: acme (demo), globex (second region)")
    print(f"Admin token (for /__sandbox__/ control routes): {server.admin_token}")
    sys.stdout.flush()
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
