"""The demo's news: short articles written for this example."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Embed:
    """A page an article embeds in a frame (a map), under ``static/``."""

    path: str
    title: str


@dataclass(frozen=True)
class Article:
    """One dated news item with an illustration, and perhaps an embedded map."""

    slug: str
    title: str
    published: date
    summary: str
    paragraphs: tuple[str, ...]
    image: str
    image_alt: str
    embed: Embed | None = None


ARTICLES: tuple[Article, ...] = (
    Article(
        slug="riverside-tree-planting",
        title="Residents plant two hundred lime trees along the riverside walk",
        published=date(2026, 10, 24),
        summary="Volunteers, schools and district services spent Saturday planting a new avenue.",
        paragraphs=(
            "On Saturday morning more than one hundred and fifty residents joined district "
            "services on the riverside walk to plant two hundred young lime trees between the "
            "footbridge and the boat station.",
            "Pupils of secondary schools No. 2 and No. 5 looked after the watering, and the "
            "district forestry unit supplied the saplings and the tools. Each tree carries a "
            "small tag with the name of the class or family that planted it.",
            "The committee thanks everyone who took part. The new avenue will be watered by "
            "the housing service until the trees are established next autumn.",
        ),
        image="images/trees.svg",
        image_alt="Young trees with wooden stakes in a row beside a river path",
    ),
    Article(
        slug="library-opening-hours",
        title="The central district library opens on Sundays from November",
        published=date(2026, 10, 30),
        summary="Longer opening hours, a quiet reading room and large-print books on every floor.",
        paragraphs=(
            "From the first of November the central district library is open on Sundays from "
            "10:00 to 16:00, so that working residents and families can visit at the weekend.",
            "The reading room on the second floor has been refitted with brighter lamps and "
            "magnifiers, and the large-print collection has grown to more than six hundred books.",
            "Library cards remain free for all residents of the district. Bring a passport or "
            "a residence permit when you register for the first time.",
        ),
        image="images/library.svg",
        image_alt="Bookshelves and a reading table under a tall window",
    ),
    Article(
        slug="central-street-repairs",
        title="Repairs on Central Street finish ahead of schedule",
        published=date(2026, 11, 12),
        summary="New pavements, lowered kerbs at every crossing and tactile paving at bus stops.",
        paragraphs=(
            "Road workers have finished resurfacing Central Street between Market Square and "
            "the railway station two weeks earlier than planned.",
            "Every pedestrian crossing on the street now has lowered kerbs for wheelchairs and "
            "prams, and the four bus stops have tactile paving for blind and partially sighted "
            "passengers.",
            "Traffic returns to both lanes from Monday. The committee asks drivers to keep to "
            "the new 40 km/h limit near the school.",
        ),
        image="images/street.svg",
        image_alt="A freshly paved street with a zebra crossing and a bus stop",
        embed=Embed(
            "embeds/central-street-map.html", "Map of the repaired section of Central Street"
        ),
    ),
    Article(
        slug="playground-consultation",
        title="Have your say on the new playground in Park Street",
        published=date(2026, 11, 20),
        summary="An open meeting on 3 December and an online form invite ideas from families.",
        paragraphs=(
            "The district plans a new playground on the empty plot in Park Street next spring, "
            "and wants to hear from the families who will use it.",
            "An open meeting takes place on 3 December at 18:00 in the assembly hall of the "
            "committee building. Drawings of three possible layouts will be on display.",
            "Residents who cannot attend can send their ideas to the reception office in writing "
            "until 15 December.",
        ),
        image="images/playground.svg",
        image_alt="A drawing of a playground with swings, a slide and benches",
    ),
)


def newest_first() -> tuple[Article, ...]:
    """All articles, most recent first."""
    return tuple(sorted(ARTICLES, key=lambda article: article.published, reverse=True))


def find_article(slug: str) -> Article | None:
    """The article with this slug, if there is one."""
    return next((article for article in ARTICLES if article.slug == slug), None)
