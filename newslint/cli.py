"""The ``newslint`` command: ``check``, ``rules`` and ``plugins``.

Exit codes: 0 clean, 1 findings at or above the fail level, 2 usage, config,
input or plugin error (one line naming the file, never a traceback).
"""
from __future__ import annotations

import argparse
import os
import sys
from typing import Any, Sequence

from newslint import __version__, command_gc
from newslint.errors import NewslintError
from newslint.exit_codes import ExitCode


class OptionParser:
    """What ``newslint_addoption`` receives: add check flags and top-level config settings."""

    def __init__(self, group: Any):
        self._group = group
        self.settings: dict[str, tuple[Any, str]] = {}

    def add_option(self, *flags: str, **kwargs: Any) -> None:
        """Add a ``newslint check`` flag (argparse arguments)."""
        self._group.add_argument(*flags, **kwargs)

    def add_setting(self, name: str, default: Any = None, help: str = "") -> None:
        """Allow a top-level ``rules.yaml`` key ``name``; read it with ``config.setting(name)``."""
        self.settings[name] = (default, help)


def _csv(value: str) -> list[str]:
    return [v for v in (x.strip() for x in value.split(",")) if v]


def _add_workflow_arguments(check: argparse.ArgumentParser) -> None:
    """CI and editor workflow flags of ``check`` (see docs/ci.md)."""
    from newslint.baseline import DEFAULT_PATH

    check.add_argument("--output-file", metavar="FILE",
                       help="write the --format output to FILE; the terminal gets --terminal-format")
    check.add_argument("--terminal-format", default="rich", metavar="NAME",
                       help="terminal output format when --output-file is given (default: rich)")
    check.add_argument("--statistics", action="store_true", help="print finding counts per rule on the terminal")
    check.add_argument("--baseline", metavar="FILE",
                       help="report only findings not recorded in this baseline (for `newslint baseline`: "
                            f"the file to write, default {DEFAULT_PATH})")
    check.add_argument("--diff", "--changed-since", dest="diff", metavar="REF",
                       help="report only findings on lines changed since the merge base of git REF and HEAD")
    check.add_argument("--fix", action="store_true", help="apply safe fixes to the files, report what remains")
    check.add_argument("--dry-run", action="store_true", help="with --fix: print the fixes as a diff, change nothing")


def _add_scale_arguments(check: argparse.ArgumentParser) -> None:
    """Flags of ``check`` for large runs (see docs/performance.md)."""
    check.add_argument("-j", "--jobs", type=int, metavar="N",
                       help="worker processes (default: one per core; small runs stay in one process)")
    check.add_argument("--no-cache", action="store_true", help="neither read nor write .newslint_cache/")
    check.add_argument("--executor", choices=["local", "dask"], default="local",
                       help="where per-file work runs: local processes, or a Dask cluster (newslint[dask])")
    check.add_argument("--scheduler", metavar="ADDRESS",
                       help="with --executor dask: the scheduler to use (default: start a local cluster)")


def _run_options(session: Any, args: argparse.Namespace) -> dict[str, Any]:
    """``Session.run`` keyword arguments for ``--jobs``, ``--no-cache``, ``--executor`` and ``--scheduler``."""
    options: dict[str, Any] = {"jobs": args.jobs, "cache": None}
    if not args.no_cache:
        from newslint.cache import Cache

        options["cache"] = Cache.for_session(session)
    if args.executor == "dask":
        from newslint.dask_executor import DaskExecutor

        options["executor"] = DaskExecutor(args.scheduler, workers=args.jobs)
    elif args.scheduler:
        raise NewslintError("--scheduler only works with --executor dask")
    return options


COMMANDS = ("check", "rules", "plugins", "config", "baseline")


def _building_formatter(prog: str) -> argparse.HelpFormatter:
    """The formatter of a parser while it is being built: argparse's own, at a fixed width.

    ``add_argument`` formats each argument once to check its metavar, and the default
    formatter asks the terminal for its width every time, which imports :mod:`shutil`
    (with bz2 and lzma): about 3 ms of every start-up. Once built, each parser gets the
    default formatter back, so help and errors use the terminal's width.
    """
    return argparse.HelpFormatter(prog, width=80)


def _parser(pm: Any = None) -> tuple[argparse.ArgumentParser, OptionParser]:
    """The command line; with the plugin manager ``pm``, ``check`` and ``baseline`` take the plugins' options."""
    building = {"formatter_class": _building_formatter}
    parser = argparse.ArgumentParser(prog="newslint", description="Lint news drafts before publication.", **building)
    parser.add_argument("--version", action="version", version=f"newslint {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    check = sub.add_parser("check", help="lint drafts (files, directories, or - for stdin)", **building)
    check.add_argument("paths", nargs="*", metavar="PATH", help="files or directories (default: .)")
    check.add_argument("--config", metavar="FILE", help="use this config file instead of discovering rules.yaml")
    check.add_argument("--isolated", action="store_true", help="ignore config files; use built-in defaults")
    check.add_argument("--select", type=_csv, metavar="SEL,…", help="run only these rules (codes, prefixes, names)")
    check.add_argument("--extend-select", type=_csv, default=[], metavar="SEL,…", help="also run these rules")
    check.add_argument("--ignore", type=_csv, default=[], metavar="SEL,…", help="do not run these rules")
    check.add_argument("--fail-level", choices=["info", "warning", "error"],
                       help="exit 1 when a finding is at least this severe (default: warning)")
    check.add_argument("--exit-zero", action="store_true", help="exit 0 even with findings (errors still exit 2)")
    check.add_argument("--format", default="rich", metavar="NAME", help="output format (see --help-formats)")
    check.add_argument("--help-formats", action="store_true", help="list output formats and exit")
    check.add_argument("--color", choices=["auto", "always", "never"], default="auto", help="colour in rich output")
    check.add_argument("--stdin-filename", metavar="PATH", help="name to report for text read from -")
    _add_workflow_arguments(check)
    _add_scale_arguments(check)
    check.add_argument("-p", "--disable-plugin", action="append", default=[], metavar="NAME",
                       help="do not load this plugin (repeatable)")
    check.add_argument("-v", "--verbose", action="store_true", help="show tracebacks of crashing rules")
    rules = sub.add_parser("rules", help="list rules, or show one rule's documentation", **building)
    rules.add_argument("rule", nargs="?", metavar="CODE|NAME")
    rules.add_argument("--config", metavar="FILE")
    plugins = sub.add_parser("plugins", help="list installed plugins and the rules they add", **building)
    conf = sub.add_parser("config", help="print the configuration in force as a documented rules.yaml", **building)
    conf.add_argument("--defaults", action="store_true", help="ignore config files: print the built-in defaults")
    conf.add_argument("--config", metavar="FILE")
    options = OptionParser(check.add_argument_group("plugin options"))
    if pm is not None:
        pm.hook.newslint_addoption.call_historic(kwargs={"parser": options})
    baseline = sub.add_parser("baseline", parents=[check], conflict_handler="resolve",
                              help="record the current findings' fingerprints (see check --baseline)", **building)
    for built in (parser, check, rules, plugins, conf, baseline):
        built.formatter_class = argparse.HelpFormatter
    return parser, options


def _peek_disabled(argv: Sequence[str]) -> tuple[list[str], str | None, bool]:
    """``-p``, ``--config`` and ``--isolated``/``--defaults``, read before the plugins load.

    A malformed command line reads as none of them; the whole parser then reports it.
    """
    pre = argparse.ArgumentParser(add_help=False, exit_on_error=False, formatter_class=_building_formatter)
    pre.add_argument("-p", "--disable-plugin", action="append", default=[])
    pre.add_argument("--config")
    pre.add_argument("--isolated", action="store_true")
    pre.add_argument("paths", nargs="*")
    pre.add_argument("--defaults", action="store_true")
    args = argv[1:] if argv and argv[0] in COMMANDS else []
    try:
        known, _ = pre.parse_known_args(args)
    except argparse.ArgumentError:
        return [], None, False
    return known.disable_plugin, known.config, known.isolated or known.defaults


def _config_path(explicit: str | None, isolated: bool, paths: Sequence[str]) -> str | None:
    from newslint.config import find_config

    if isolated:
        return None
    if explicit:
        return explicit
    return find_config(paths or ["."])


def main(argv: Sequence[str] | None = None) -> int:
    """Run newslint with the arguments ``argv`` and return the exit code.

    Without ``argv`` this process is the ``newslint`` command (the console script or
    ``python -m newslint``): the arguments come from ``sys.argv``, and garbage collection
    is tuned for a process that exits when the run is done (:mod:`newslint.command_gc`).
    """
    command = argv is None
    if command:
        command_gc.pause()
    try:
        return _main_reporting_errors(list(sys.argv[1:] if command else argv), command)
    finally:
        if command:
            command_gc.exiting()


def _main_reporting_errors(argv: list[str], command: bool) -> int:
    try:
        return _main(argv, command)
    except NewslintError as exc:
        print(f"newslint: error: {exc}", file=sys.stderr)
        return ExitCode.ERROR
    except KeyboardInterrupt:
        print("newslint: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return ExitCode.ERROR
    except Exception as exc:  # a bug in newslint or in a plugin hook that is not isolated per file
        print(f"newslint: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        if "-v" in argv or "--verbose" in argv:
            import traceback

            traceback.print_exc()
        else:
            print("newslint: run with --verbose to see the traceback", file=sys.stderr)
        return ExitCode.ERROR


def _main(argv: list[str], command: bool) -> int:
    if not any(arg in COMMANDS for arg in argv):  # --version, --help or no command: no plugin is needed
        parser, _ = _parser()
        parser.parse_args(argv)
        parser.print_help()
        return ExitCode.ERROR
    from newslint.config import load_yaml
    from newslint.errors import ConfigError
    from newslint.plugins import make_plugin_manager

    disabled, explicit_config, isolated = _peek_disabled(argv)
    pre_paths = [a for a in argv[1:] if not a.startswith("-")] if argv[:1] in (["check"], ["baseline"]) else []
    config_path = _config_path(explicit_config, isolated, pre_paths)
    raw_disabled: list[str] = []
    parsed = None  # the config file's (data, marks), parsed once for plugins.disable and for _load
    if config_path and os.path.isfile(config_path):
        try:
            with open(config_path, encoding="utf-8-sig") as fh:
                text = fh.read()
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(config_path, None, None, f"cannot read config: {exc}") from None
        parsed = data, _ = load_yaml(text, config_path)
        plugins = data.get("plugins") if isinstance(data, dict) else None
        if isinstance(plugins, dict) and isinstance(plugins.get("disable"), list):
            raw_disabled = [str(x) for x in plugins["disable"]]
    pm, infos = make_plugin_manager(disabled + raw_disabled)
    parser, options = _parser(pm)
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return ExitCode.ERROR
    config = _load(config_path, options, args, parsed)
    from newslint.runner import Session

    session = Session(config, plugin_manager=(pm, infos))
    if command:
        command_gc.started()
    for warning in session.warnings:
        print(f"newslint: warning: {warning}", file=sys.stderr)
    if args.command == "rules":
        return _rules(session, args.rule)
    if args.command == "plugins":
        return _plugins(session)
    if args.command == "baseline":
        return _baseline(session, args)
    if args.command == "config":
        from newslint.defaults import render_config

        sys.stdout.write(render_config(session))
        return ExitCode.CLEAN
    return _check(session, args)


def _load(config_path: str | None, options: OptionParser, args: argparse.Namespace, parsed: tuple | None = None):
    """The configuration in force; ``parsed`` is the config file's YAML when ``_main`` already read it."""
    from newslint.config import Config, config_dir, load_config, parse_config
    from newslint.model import Severity

    if config_path and parsed is not None:
        config = parse_config(*parsed, config_path, config_dir(config_path), options.settings)
    else:
        config = load_config(config_path, options.settings) if config_path else Config()
    for name, (default, _help) in options.settings.items():
        config.settings.setdefault(name, default)
    config.options = args
    if args.command in ("check", "baseline"):
        if args.select is not None:
            config.select = args.select
            config.cli_overrides.add("select")
        config.extend_select += args.extend_select
        config.ignore += args.ignore
        config.disabled_plugins += args.disable_plugin
        if args.fail_level:
            config.fail_level = Severity.parse(args.fail_level)
    return config


def _check(session: Any, args: argparse.Namespace) -> int:
    from newslint.formatters.output import plan_outputs, terminal_format, write_outputs

    registry = session.registry
    if args.help_formats:
        for name, fmt in sorted(registry.formatters.items()):
            print(f"{name:12} {fmt.description}")
        return ExitCode.CLEAN
    outputs = plan_outputs(registry, args)
    if args.dry_run and not args.fix:
        raise NewslintError("--dry-run only works with --fix")
    keep = args.fix or any(fmt.needs_sources for fmt, _ in outputs)
    report = _lint(session, args, keep)
    if args.fix:
        fixed = _fix(report, args.dry_run)
        if args.dry_run:
            _print_warnings(report)
            return ExitCode.FINDINGS if fixed else ExitCode.CLEAN
        if fixed:
            report = _lint(session, args, keep)
    _print_warnings(report)
    write_outputs(report, outputs, session.config, args)
    for err in report.errors:
        print(f"newslint: error: {err.path}: {err.message}", file=sys.stderr)
        if args.verbose and err.detail:
            print(err.detail.rstrip(), file=sys.stderr)
    session.pm.hook.newslint_report(report=report, config=session.config)
    session.pm.hook.newslint_unconfigure(config=session.config)
    return report.exit_code(args.exit_zero)


def _print_warnings(report: Any) -> None:
    for warning in report.warnings:
        print(f"newslint: warning: {warning}", file=sys.stderr)


def _lint(session: Any, args: argparse.Namespace, keep: bool):
    """Run the check, then keep only findings not in ``--baseline`` and on ``--diff`` lines."""
    changed = baseline = None
    if args.diff:
        from newslint.changes import changed_lines

        changed = changed_lines(args.diff)
    if args.baseline:
        from newslint.baseline import load_baseline

        baseline = load_baseline(args.baseline)
    paths = args.paths or ["."]
    if "-" in paths:
        if args.fix:
            raise NewslintError("--fix cannot change text read from stdin")
        report = _check_stdin(session, args, paths, keep)
    else:
        report = _run_with_progress(session, paths, keep, args)
    if baseline is not None:
        from newslint.baseline import apply_baseline

        hidden = apply_baseline(report, baseline)
        if args.verbose:
            print(f"newslint: {hidden} finding{'s' if hidden != 1 else ''} hidden by the baseline", file=sys.stderr)
    if changed is not None:
        changed.apply(report)
    return report


def _fix(report: Any, dry_run: bool) -> int:
    """Apply (or with ``dry_run`` print as a diff) the safe fixes; return how many findings they fix."""
    from newslint.fixes import plan_fixes, write_atomic

    plans = plan_fixes(report)
    for plan in plans:
        if dry_run:
            sys.stdout.write(plan.diff())
        else:
            write_atomic(plan.path, plan.fixed)
    n, files = sum(len(p.applied) for p in plans), len(plans)
    verb = "Would fix" if dry_run else "Fixed"
    print(f"newslint: {verb} {n} finding{'s' if n != 1 else ''} in {files} file{'s' if files != 1 else ''}",
          file=sys.stderr)
    return n


def _baseline(session: Any, args: argparse.Namespace) -> int:
    """``newslint baseline``: write the fingerprints of every current finding."""
    from newslint.baseline import DEFAULT_PATH, write_baseline

    path = args.baseline or DEFAULT_PATH
    report = _run_with_progress(session, args.paths or ["."], False, args)
    _print_warnings(report)
    for err in report.errors:
        print(f"newslint: error: {err.path}: {err.message}", file=sys.stderr)
    n = write_baseline(path, report.findings)
    print(f"newslint: wrote {n} finding{'s' if n != 1 else ''} to {path}", file=sys.stderr)
    return ExitCode.ERROR if report.errors else ExitCode.CLEAN


def _check_stdin(session: Any, args: argparse.Namespace, paths: list[str], keep: bool):
    from newslint.report import Report

    if paths != ["-"]:
        raise NewslintError("'-' (stdin) cannot be combined with other paths")
    name = (args.stdin_filename or "stdin.md").replace(os.sep, "/")
    data = sys.stdin.buffer.read()
    from newslint.parsing.source import decode

    text = decode(data, name)
    result = session.lint_source(name, text, keep_source=True)
    report = Report(registry=session.registry, fail_level=session.config.fail_level)
    report.findings.extend(session.finish([result]))
    session.collect_results([result], report, keep)
    return report


def _run_with_progress(session: Any, paths: list[str], keep: bool, args: argparse.Namespace):
    options = _run_options(session, args)
    if not sys.stderr.isatty() or os.environ.get("CI"):
        return session.run(paths, keep_sources=keep, **options)
    from newslint.report import Report

    files = list(session.iter_files(paths, Report()))
    if len(files) < 50:
        return session.run(paths, keep_sources=keep, **options)
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(file=sys.stderr), transient=True) as progress:
        task = progress.add_task("Linting", total=len(files))
        return session.run(paths, keep_sources=keep, progress=lambda: progress.advance(task), **options)


def _rules(session: Any, which: str | None) -> int:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from newslint.rules import option_default, option_fields

    reg = session.registry
    console = Console(highlight=False, emoji=False, markup=False, soft_wrap=not sys.stdout.isatty())
    active = {a.rule.code for a in session.global_rules}
    if which is None:
        table = Table(show_edge=False)
        for col in ("Code", "Name", "Family", "Severity", "Enabled", "Summary"):
            table.add_column(col)
        for rule in reg.sorted_rules():
            table.add_row(rule.code, rule.name, rule.family(), str(rule.default_severity),
                          "yes" if rule.code in active else "no", Text(rule.summary))
        console.print(table)
        return ExitCode.CLEAN
    rule = reg.resolve(which)
    if rule is None:
        raise NewslintError(f"unknown rule {which!r} (see `newslint rules`)")
    console.print(Text(f"{rule.code} {rule.name}", style="bold"))
    console.print(Text(f"{rule.summary}\nfamily: {rule.family()} · default severity: {rule.default_severity} · "
                       f"{'enabled' if rule.code in active else 'disabled'} · plugin: {reg.rule_plugin[rule.code]}"))
    console.print()
    console.print(Text(rule.documentation()))
    fields = option_fields(rule.Options)
    if fields:
        console.print()
        console.print(Text("Options", style="bold"))
        for name, _tp, f in fields:
            default = option_default(f)
            shown = f"[{len(default)} entries]" if isinstance(default, (list, tuple)) and len(default) > 6 else repr(default)
            console.print(Text(f"  {name} (default {shown}): {f.metadata.get('help', '')}"))
    return ExitCode.CLEAN


def _plugins(session: Any) -> int:
    for info in session.registry.plugins.values():
        where = f"{info.distribution} {info.version}".strip() or info.value or info.origin
        rules = ", ".join(info.rules) or "-"
        print(f"{info.name:24} {info.origin:12} {where:24} rules: {rules}")
    return ExitCode.CLEAN


if __name__ == "__main__":
    sys.exit(main())
