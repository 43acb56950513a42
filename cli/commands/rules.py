"""`eventwatch rules validate|apply|list|schema|delete|enable|disable|backtest`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from eventwatch.cli.output import add_format_option, print_json, print_table
from eventwatch.cli.yaml_files import read_documents
from eventwatch.errors import UsageError
from eventwatch.settings import get_settings


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "rules", help="alert rules", description="Validate, store and inspect alert rules."
    )
    sub = parser.add_subparsers(dest="rules_command", metavar="ACTION", parser_class=type(parser))
    sub.required = True
    for name, help_text, handler in (
        ("validate", "check rule files without storing them", run_validate),
        ("apply", "validate and store (create or replace) the rules of PATH", run_apply),
    ):
        p = sub.add_parser(name, help=help_text)
        p.add_argument("path", type=Path, metavar="PATH", help="a YAML file or a directory")
        add_format_option(p)
        p.set_defaults(handler=handler)
    p = sub.add_parser("list", help="the stored rules")
    add_format_option(p)
    p.set_defaults(handler=run_list)
    p = sub.add_parser("schema", help="the JSON Schema of a rule")
    p.set_defaults(handler=run_schema)
    for name, handler in (("delete", run_delete), ("enable", run_enable), ("disable", run_disable)):
        p = sub.add_parser(name, help=f"{name} a stored rule")
        p.add_argument("rule_id", metavar="ID")
        add_format_option(p)
        p.set_defaults(handler=handler)
    p = sub.add_parser("backtest", help="what the rules of FILE would have fired")
    p.add_argument("path", type=Path, metavar="FILE")
    p.add_argument("--since", default="7d", help="how far back (default 7d)")
    p.add_argument("--show", type=int, default=5, help="alerts shown per rule (default 5)")
    add_format_option(p)
    p.set_defaults(handler=run_backtest)


def read_rules(path: Path) -> list[Any]:
    from eventwatch.alerts.rules import parse_rules_yaml

    rules = read_documents(path, parse_rules_yaml, "rules")
    return rules


def _es() -> Any:
    from eventwatch.clients import require_elasticsearch

    return require_elasticsearch(get_settings())


def _summary_rows(rules: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [
        (r["id"], r.get("kind"), r.get("enabled"), r.get("name") or "", len(r.get("actions", [])))
        for r in rules
    ]


def _print_rules(args: argparse.Namespace, key: str, rules: list[dict[str, Any]]) -> None:
    if args.format == "json":
        from eventwatch.alerts.secrets import mask_rule

        shown = [mask_rule(rule) for rule in rules]  # secrets are write-only here too
        print_json({key: shown, "count": len(rules)})
    else:
        print_table(_summary_rows(rules), ("id", "kind", "enabled", "name", "actions"))


def run_validate(args: argparse.Namespace) -> int:
    from eventwatch.alerts.rules import rule_to_dict

    _print_rules(args, "valid", [rule_to_dict(r) for r in read_rules(args.path)])
    return 0


def run_apply(args: argparse.Namespace) -> int:
    from eventwatch.alerts.store import save_rule
    from eventwatch.indexers.setup import ensure_alert_indices

    rules = read_rules(args.path)
    es = _es()
    names = get_settings().names
    ensure_alert_indices(es, names)
    _print_rules(args, "applied", [save_rule(es, names, r) for r in rules])
    return 0


def run_list(args: argparse.Namespace) -> int:
    from eventwatch.alerts.store import list_rules

    _print_rules(args, "rules", list_rules(_es(), get_settings().names))
    return 0


def run_schema(args: argparse.Namespace) -> int:
    from eventwatch.alerts.rules import rule_json_schema

    print_json(rule_json_schema())
    return 0


def run_delete(args: argparse.Namespace) -> int:
    from eventwatch.alerts.store import delete_rule

    if not delete_rule(_es(), get_settings().names, args.rule_id):
        raise UsageError(f"no rule with id {args.rule_id!r}")
    if args.format == "json":
        print_json({"deleted": args.rule_id})
    else:
        print(f"deleted {args.rule_id}")
    return 0


def _set_enabled(args: argparse.Namespace, enabled: bool) -> int:
    from eventwatch.alerts.store import set_enabled

    rule = set_enabled(_es(), get_settings().names, args.rule_id, enabled)
    if rule is None:
        raise UsageError(f"no rule with id {args.rule_id!r}")
    _print_rules(args, "rules", [rule])
    return 0


def run_enable(args: argparse.Namespace) -> int:
    return _set_enabled(args, True)


def run_disable(args: argparse.Namespace) -> int:
    return _set_enabled(args, False)


def run_backtest(args: argparse.Namespace) -> int:
    from eventwatch.alerts.backtest import run_backtest as backtest

    rules = read_rules(args.path)
    es = _es()
    names = get_settings().names
    results = [backtest(es, names, rule, args.since, show=args.show) for rule in rules]
    if args.format == "json":
        print_json({"since": args.since, "rules": results})
        return 0
    for result in results:
        print(f"{result['rule_id']}: {result['alerts']} alerts from {result['events']} events")
        rows = [(a["fired_at"], a["group"], a["count"], a["summary"]) for a in result["first"]]
        if rows:
            print_table(rows, ("fired_at", "group", "count", "summary"))
    return 0
