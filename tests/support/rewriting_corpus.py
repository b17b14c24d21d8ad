"""Host pages for the differential test of the rewriting layer against Chromium.

Generated from a fixed seed over every place a part, an alt text or an embed link could go
wrong: with and without ``<html>``, ``<head>`` and ``<body>`` tags; decoys in comments,
conditional comments, scripts, titles, textareas, attribute values and ``<template>``; tag
managers' ``<noscript>`` snippets; foreign content, tables, selects, mis-nested formatting,
deep nesting, ``<plaintext>``; several charsets, declared in the header or only in ``<meta>``.
Hand-picked pages add framesets, documents that end inside a comment or a tag, and
``<noscript>`` that a browser without JavaScript parses another way. The framework pages of
``tests/corpus/`` join them, rendered without a11y_kit's parts.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import NamedTuple

from jinja2 import Environment, FileSystemLoader

#: How many generated pages (the framework pages and the hand-picked ones come on top).
GENERATED = 1100
_SEED = 18

PREFIXES = (
    "",
    "<!DOCTYPE html>",
    "<!doctype html>\n",
    '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"'
    ' "http://www.w3.org/TR/html4/loose.dtd">\n',
    "<!DOCTYPE html>\n<!-- <html><head></head><body> -->\n",
    "<!DOCTYPE html>\n<!--[if lt IE 9]><html class='ie'><body class='old'><![endif]-->\n",
    "<?xml version='1.0'?>\n",
    "<!DOCTYPE html><![CDATA[ <body> ]]>",
    "\n\n   ",
    "<!DOCTYPE html><!----><!--->-->",
)
HTML_TAGS = (
    "",
    "<html>",
    "<html lang='ru' class='no-js'>",
    "<HTML data-note='<body>'>",
    '<html\n  lang="be">',
)
HEAD_TAGS = ("", "<head>", "<HEAD data-x=1>")
HEAD_ITEMS = (
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width">',
    "<title>News </head><body><img src=/t.png alt=decoy> of the district</title>",
    "<script>var decoy = '</head><body><img src=/x.png alt=\"s\">';</script>",
    '<style>p::after { content: "</head><body>"; }</style>',
    '<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-XXXX"'
    ' height="0" width="0" style="display:none"></iframe></noscript>',
    '<noscript><div><img src="https://mc.yandex.ru/watch/1" alt="" /></div></noscript>',
    '<link rel="icon" href="/favicon.ico">',
    "<template><body><img src=/t.png alt=template></body></template>",
    "<base href='/'>",
    "<!-- </head><body> -->",
    "\n  ",
    "<script src='/app.js' defer></script>",
)
HEAD_ENDS = ("", "</head>", "</HEAD >", "</head>\n")
BETWEEN = ("", "\n", "<!-- between -->", "</p>", "\n<!-- after the head -->\n")
BODY_TAGS = ("", "<body>", "<body class='home'>", "<BODY\n data-note='>'>")
BODY_ITEMS = (
    "<p>News of the district &amp; more</p>",
    "Plain text comes first",
    "&nbsp;An entity comes first",
    "<html-include src='/nav'></html-include>",
    '<img src="/a.png" alt="Council building">',
    "<img src=/b.png alt='' title=\"alt='' alt='Decoy'\">",
    '<img src="/c.png" title="Chart" alt="Waste collection, May">',
    '<img src="/d.png">',
    '<a href="/banner"><img src="/banner.png" alt=""></a>',
    "<a href=/u>" + "<img src=/x.png title=\"alt='' alt=''\" alt=''>" * 12 + "</a>",
    '<a href="/r"><img src="/r.png" alt="Reception"> hours</a>',
    '<iframe src="https://maps.example/embed?x=1&amp;y=2" title="Map of the district"></iframe>',
    '<video src="/v.mp4" title="Council meeting, 5 May src=https://evil.example/p"></video>',
    '<audio controls><source src="/a.mp3"></audio>',
    '<object data="/plan.pdf" type="application/pdf"><embed src="/plan.pdf"></object>',
    '<a href="/watch"><video src="/v.mp4" title="Clip"></video></a>',
    "<textarea><img src=/x alt=ta><iframe src=/y></iframe></textarea>",
    "<script>var t = '<img src=/x alt=s><iframe src=/y>';</script>",
    '<div title="<img src=/x alt=attr>">Attribute</div>',
    "<!-- <img src=/x alt=comment> -->",
    "<template><img src=/x alt=tpl><iframe src=/t></iframe></template>",
    "<noscript><img src=/n alt=ns></noscript>",
    "<svg><style><img src=/x alt=svgstyle></style><image href=/s.png /></svg>",
    "<math><mi><img src=/m alt=math></mi></math>",
    "<table><img src=/f alt=foster><tr><td><img src=/c alt=cell></td></tr></table>",
    "<select><option><img src=/o alt=opt>One</option></select>",
    "<p><b>Bold<iframe src=/f title=F></iframe></b></p>",
    "<p><b>Stale</p><iframe src=/f2 title=F2></iframe>after",
    "<p><a href=/1>Link</p><iframe src=/f3 title=F3></iframe>after",
    "<b><p>Mis</b>nested<video src=/m title=M></video></p>",
    "<![CDATA[ <img src=/x alt=cdata> ]]>",
    "<xmp><img src=/x alt=xmp></xmp>",
    '<iframe srcdoc="<img src=/x alt=srcdoc>" title=Doc></iframe>',
    "<noembed><img src=/x alt=noembed></noembed>",
    "<image src=/i.png alt='Image tag'>",
    '<form><input name=q placeholder="<img alt=x>"><button><img src=/b alt=Search></button></form>',
    "<ul><li>One<li>Two<img src=/l alt=Item></ul>",
    "<div>" * 600 + "<img src=/deep alt=Deep>" + "</div>" * 600,
    "<p>Новости района: <img src=/n.png alt='Будынак выканкама'></p>",
    "<h1>{{ 7 * 7 }}</h1><img src=/v alt='{{ 7 * 7 }}'>",
)
LAST_BODY_ITEMS = ("", "<plaintext><img src=/p alt=plaintext><body>")
ENDS = (
    "",
    "</body>",
    "</body></html>",
    "</body>\n</html>\n<!-- after the end -->\n",
    "</body>\n<p>After the body</p>",
    "</html>",
)


class CorpusPage(NamedTuple):
    """One host page: its name, its bytes and the ``Content-Type`` it is served with."""

    name: str
    body: bytes
    content_type: str
    #: Which parts the page takes: ``"all"``; ``"head"`` for a frameset (the mode on ``<html>``
    #: and the stylesheet, no toolbar); ``"none"`` where no point keeps the host's tree.
    parts: str = "all"

    @property
    def has_noscript(self) -> bool:
        """Whether a browser without JavaScript may build another tree of the page."""
        return b"<noscript" in self.body.lower()


def _generated(number: int, chooser: random.Random) -> str:
    head = "".join(chooser.sample(HEAD_ITEMS, chooser.randint(0, 4)))
    body = "".join(chooser.choice(BODY_ITEMS) for _ in range(chooser.randint(1, 5)))
    return "".join(
        (
            chooser.choice(PREFIXES),
            chooser.choice(HTML_TAGS),
            chooser.choice(HEAD_TAGS),
            head,
            chooser.choice(HEAD_ENDS),
            chooser.choice(BETWEEN),
            chooser.choice(BODY_TAGS),
            f"<p>Page {number}</p>" if chooser.random() < 0.5 else "",
            body,
            chooser.choice(LAST_BODY_ITEMS) if chooser.random() < 0.1 else "",
            chooser.choice(ENDS),
        )
    )


def _encoded(name: str, page: str, chooser: random.Random) -> CorpusPage:
    """The page in UTF-8 mostly; else in a legacy charset declared in the header or only in a
    ``<meta>``, in UTF-16 with a byte-order mark, or in UTF-8 with stray bytes."""
    roll = chooser.random()
    if roll < 0.7:
        return CorpusPage(name, page.encode(), "text/html; charset=utf-8")
    if roll < 0.78:
        return CorpusPage(
            name,
            page.encode("windows-1251", "xmlcharrefreplace"),
            "text/html; charset=windows-1251",
        )
    if roll < 0.84:
        declared = '<meta charset="windows-1251">' + page
        return CorpusPage(name, declared.encode("windows-1251", "xmlcharrefreplace"), "text/html")
    if roll < 0.9:
        return CorpusPage(
            name, page.encode("koi8-r", "xmlcharrefreplace"), "text/html; charset=koi8-r"
        )
    if roll < 0.95:
        return CorpusPage(name, page.encode("utf-16"), "text/html; charset=utf-16")
    stray = page.encode().replace(b"<p>", b"<p>\xe9\xff", 1)
    return CorpusPage(name, stray, "text/html; charset=utf-8")


class _NoParts:
    """Stands for ``a11y`` in a framework page rendered as a site without a11y_kit."""

    def __getattr__(self, name: str):
        return lambda *args, **kwargs: ""


def framework_pages(templates: Path) -> list[CorpusPage]:
    """The corpus's framework pages, rendered without any of a11y_kit's parts."""
    environment = Environment(loader=FileSystemLoader(templates), autoescape=True)
    return [
        CorpusPage(
            f"framework {path.stem}",
            environment.get_template(path.name).render(a11y=_NoParts()).encode(),
            "text/html; charset=utf-8",
        )
        for path in sorted(templates.glob("*.html"))
    ]


HAND_PICKED = {
    "tag manager snippet in a template without html, head or body tags": (
        '<!-- Google Tag Manager (noscript) --><noscript><iframe src="https://www.googletagmanager'
        '.com/ns.html?id=GTM-XXXX" height="0" width="0"></iframe></noscript>\n<h1>News</h1>'
    ),
    "processing instruction before the content": "<![ x ]>\n<p>Text</p>",
    "text only": "Just a sentence.",
    "empty page": "",
    "comment only": "<!-- nothing else -->",
    "head only": "<head><title>Only a head</title></head>",
}
#: Pages with nowhere to put the parts: the head never ends (every byte after the open
#: element is its text), the page ends inside a comment or a tag before anything opens the
#: body, or without JavaScript the point where the body opens is inside a ``<noscript>``'s text.
WITHOUT_A_BODY = {
    "unclosed script in the head": "<title>t</title><script>never closed <body>",
    "unclosed title": "<!DOCTYPE html><title>never closed <body><p>",
    "ends inside a comment": "<!DOCTYPE html><title>t</title><!-- to the end <p>x",
    "ends inside a processing instruction": "<!DOCTYPE html><title>t</title><?xml version='1.0'",
    "ends inside a bogus comment": "<title>t</title><!# bogus",
    "ends inside a start tag": "<!DOCTYPE html><title>t</title><di",
    "ends inside an attribute": "<title>t</title><p class='x",
    "a style in a head noscript holds the rest without JavaScript": (
        "<!DOCTYPE html><head><noscript><style></noscript></head><body><p>Text</p></body>"
    ),
}
#: Frameset documents: the mode and the stylesheet, never a toolbar (it would drop the frames).
FRAMESETS = {
    "frameset": (
        "<!DOCTYPE html><html><head><title>Archive</title></head>"
        "<frameset cols='30%,70%'><frame name=menu><frame name=news></frameset></html>"
    ),
    "frameset without html and head tags": "<title>A</title>\n<frameset rows='50%,*'><frame>",
    "frameset with noframes": (
        "<html><head><title>A</title></head><frameset><frame>"
        "<noframes><p>Frames</p><img src=/f alt=f></noframes></frameset></html>"
    ),
}
#: ``<noscript>`` a browser without JavaScript parses as markup, where one with it reads text.
NOSCRIPT = {
    "head noscript opening the body without javascript": (
        "<title>t</title><noscript><p>Turn JavaScript on</p></noscript><p>Text"
    ),
    "noscript whose end tag is in a comment": (
        "<!DOCTYPE html><html><head><title>t</title></head><body><noscript><!-- </noscript> -->"
        "<p>Without JavaScript</p></noscript><p>Text</p></body></html>"
    ),
    "tag manager snippets in the head": (
        "<!DOCTYPE html><html><head><noscript><iframe src='/ns'></iframe></noscript>"
        "<noscript><div><img src='/watch' alt=''></div></noscript><title>t</title></head>"
        "<body><p>Text</p></body></html>"
    ),
    "noscript link in the head": (
        "<!DOCTYPE html><head><noscript><link rel=stylesheet href=/nojs.css></noscript>"
        "<title>t</title><p>Text"
    ),
}


def corpus_pages(framework_templates: Path) -> list[CorpusPage]:
    """Every page of the differential corpus, in a fixed order."""
    chooser = random.Random(_SEED)
    pages = [
        _encoded(f"generated {number}", _generated(number, chooser), chooser)
        for number in range(GENERATED)
    ]
    pages += [
        CorpusPage(name, page.encode(), "text/html; charset=utf-8")
        for name, page in HAND_PICKED.items()
    ]
    for kind, named in (("all", NOSCRIPT), ("head", FRAMESETS), ("none", WITHOUT_A_BODY)):
        pages += [
            CorpusPage(name, page.encode(), "text/html; charset=utf-8", kind)
            for name, page in named.items()
        ]
    return pages + framework_pages(framework_templates)
