"""The audit's reports: a summary for the terminal, JSON for machines, one HTML file for people."""

from __future__ import annotations

import base64
import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import NamedTuple

from markupsafe import Markup

from .advice import CAUSES, HOW_TO_FIX, advice_for
from .rules import RULES
from .runner import PageFinding

#: Every check the audit runs, in the order reports list them.
CHECKS = (
    "sideways-scroll",
    "covered-controls",
    "field-edge",
    "dialog-fit",
    "embed-link",
    "broken-words",
    "text-contrast",
    "placeholder-contrast",
    "clipped-controls",
    "icon-glyphs",
    "checkbox-state",
    "icon-only-controls",
    "images-off-alt",
    "empty-focus-stop",
    "squeezed-text",
    "disabled-indistinct",
    "axe",
    "needs-javascript",
    "http-status",
    "left-the-site",
    "page-too-slow",
    "audit-error",
)


@dataclass(frozen=True)
class AuditResult:
    """What one audit found, on which pages, in which settings, and how long it took."""

    pages: tuple[str, ...]
    settings: tuple[str, ...]
    views: int
    findings: tuple[PageFinding, ...]
    seconds: float
    #: Page → (normal-mode screenshot, hardest-setting screenshot), PNG.
    screenshots: Mapping[str, tuple[bytes, bytes]]
    #: The rules the reports name for each check: ``wcag``, ``gost`` or ``decree-102``.
    standard: str = "wcag"


class Group(NamedTuple):
    """One finding on one element, and every setting and width it was found in."""

    first: PageFinding
    where: tuple[str, ...]


def grouped(findings: Iterable[PageFinding]) -> list[Group]:
    """The findings with one entry per page, check and element, in the order first found."""
    groups: dict[tuple[str, str, str], list[PageFinding]] = {}
    for finding in findings:
        groups.setdefault((finding.page, finding.check, finding.selector), []).append(finding)
    return [
        Group(found[0], tuple(f"{f.setting} @{f.width}px" for f in found))
        for found in groups.values()
    ]


def summary(result: AuditResult) -> str:
    """A table of findings per check, then one line per finding."""
    counts = Counter(finding.check for finding in result.findings)
    own = sum(not finding.fails_the_run for finding in result.findings)
    lines = [
        f"{_count(len(result.pages), 'page')} x {_count(len(result.settings), 'setting')} "
        f"({_count(result.views, 'view')}) in {result.seconds:.1f} s: "
        f"{_count(len(result.findings), 'finding')}"
        + (f", {own} of them the normal version's own (not failing the run)" if own else ""),
        "",
        *(f"  {check:<22} {counts[check]}" for check in CHECKS),
    ]
    if result.findings:
        lines += ["", *(_line(group) for group in grouped(result.findings))]
        lines += ["", f"Rules ({result.standard}):"]
        lines += [
            f"  {check:<22} {RULES[check].under(result.standard) or '-'}"
            for check in _found_checks(result)
        ]
    return "\n".join(lines)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


#: Control characters (the C0 and C1 sets, DEL): a page's text could carry terminal escapes.
_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """``text`` for a terminal: every control character but the line break dropped."""
    return _CONTROL.sub("", text)


def _line(group: Group) -> str:
    finding = group.first
    line = (
        f"{finding.page} {finding.check}: {finding.selector} ({finding.figure}) "
        f"[{', '.join(group.where)}]"
    )
    specific = CAUSES.get((finding.check, finding.cause))
    return f"{line}\n    {specific}" if specific else line


def as_json(result: AuditResult) -> str:
    """The findings and what was audited, as JSON."""
    return json.dumps(
        {
            "pages": result.pages,
            "settings": result.settings,
            "views": result.views,
            "seconds": round(result.seconds, 2),
            "findings": [
                {
                    **{key: value for key, value in finding._asdict().items() if key != "image"},
                    "advice": advice_for(finding.check, finding.cause),
                    "fails_the_run": finding.fails_the_run,
                }
                for finding in result.findings
            ],
            "how_to_fix": {check: HOW_TO_FIX[check] for check in _found_checks(result)},
            "rules": {
                check: {
                    "wcag": list(RULES[check].wcag),
                    "gost": RULES[check].gost,
                    "decree-102": RULES[check].decree_102,
                }
                for check in _found_checks(result)
            },
        },
        indent=2,
    )


_STYLE = """
body{font:1rem/1.5 system-ui,sans-serif;color:#111;background:#fff;margin:0 auto;padding:1rem;
max-width:80rem}
img{max-width:100%;height:auto;border:1px solid #555}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #555;padding:.25rem .5rem;
text-align:left;vertical-align:top;overflow-wrap:anywhere}
.pair{display:flex;flex-wrap:wrap;gap:1rem}.pair figure{flex:1 1 20rem;margin:0}
.ok{color:#0b5e1a}.bad{color:#8a1010}
"""


def _png(data: bytes, alt: str) -> Markup:
    encoded = base64.b64encode(data).decode()
    return Markup('<img src="data:image/png;base64,{}" alt="{}">').format(encoded, alt)


def _rows(findings: Iterable[PageFinding]) -> Markup:
    rows = Markup()
    for group in grouped(findings):
        finding = group.first
        picture = _png(finding.image, "The element of this finding") if finding.image else ""
        rows += Markup(
            "<tr><td>{}</td><td>{}</td><td><code>{}</code></td><td>{}</td><td>{}</td><td>{}</td>"
            "</tr>"
        ).format(
            ", ".join(group.where),
            finding.check,
            finding.selector,
            finding.figure,
            CAUSES.get((finding.check, finding.cause), ""),
            picture,
        )
    return rows


def _found_checks(result: AuditResult) -> list[str]:
    found = {finding.check for finding in result.findings}
    return [check for check in CHECKS if check in found]


def _advice(result: AuditResult) -> Markup:
    """Why each check found matters, and how to fix it."""
    checks = _found_checks(result)
    if not checks:
        return Markup()
    items = Markup().join(
        Markup("<dt>{}</dt><dd>{} <em>{}</em></dd>").format(
            check, HOW_TO_FIX[check], RULES[check].under(result.standard)
        )
        for check in checks
    )
    return Markup("<section><h2>How to fix</h2><dl>{}</dl></section>").format(items)


def as_html(result: AuditResult) -> str:
    """One self-contained page: per audited page, normal beside the mode, and the findings."""
    verdict = "bad" if result.findings else "ok"
    body = Markup(
        "<h1>a11y_kit audit</h1><p class='{}'>{} x {} ({}): <strong>{}</strong> ({:.1f} s).</p>"
    ).format(
        verdict,
        _count(len(result.pages), "page"),
        _count(len(result.settings), "setting"),
        _count(result.views, "view"),
        _count(len(result.findings), "finding"),
        result.seconds,
    )
    body += _advice(result)
    for page in result.pages:
        found = [finding for finding in result.findings if finding.page == page]
        body += Markup("<section><h2>{}</h2>").format(page)
        if page in result.screenshots:
            normal, hardest = result.screenshots[page]
            body += Markup(
                '<div class="pair"><figure>{}<figcaption>Normal version</figcaption></figure>'
                "<figure>{}<figcaption>The hardest setting: 200 %, widest spacing, serif, "
                "images off, motion stopped, calm text</figcaption></figure></div>"
            ).format(
                _png(normal, f"{page} in the normal version"),
                _png(hardest, f"{page} in the hardest setting"),
            )
        if found:
            body += Markup(
                "<table><caption>Findings on {}</caption><thead><tr><th scope='col'>Settings"
                "</th><th scope='col'>Check</th><th scope='col'>Element</th>"
                "<th scope='col'>Measured</th><th scope='col'>Look for</th>"
                "<th scope='col'>Picture</th></tr></thead>"
                "<tbody>{}</tbody></table>"
            ).format(page, _rows(found))
        else:
            body += Markup("<p class='ok'>No findings.</p>")
        body += Markup("</section>")
    return str(
        Markup(
            '<!doctype html><html lang="en"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            "<title>a11y_kit audit</title><style>{}</style></head><body><main>{}</main>"
            "</body></html>"
        ).format(Markup(_STYLE), body)
    )
