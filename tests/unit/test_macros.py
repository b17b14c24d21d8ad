"""The template building blocks, read back as parsed HTML."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup, Tag
from flask import Flask, get_template_attribute, render_template_string, request
from flask.testing import FlaskClient

from a11y_kit.page.toolbar import escaped_return_path
from a11y_kit.preferences import BY_NAME, REGISTRY
from a11y_kit.testing import preferences_cookie

CHOSEN = {
    "font": "serif",
    "size": "150",
    "spacing": "wide",
    "line_height": "1.5",
    "scheme": "blue",
    "images": "off",
}
ON_BLUE_SERIF = preferences_cookie(**CHOSEN)
CHOSEN_ATTRIBUTES = {BY_NAME[name].attribute: value for name, value in CHOSEN.items()}


def page(client: FlaskClient, path: str = "/") -> BeautifulSoup:
    return BeautifulSoup(client.get(path).text, "html.parser")


def turn_on(client: FlaskClient, cookie: str = ON_BLUE_SERIF) -> None:
    client.set_cookie("a11y", cookie)


def html_tag(soup: BeautifulSoup) -> Tag:
    tag = soup.find("html")
    assert isinstance(tag, Tag)
    return tag


def test_html_attrs_say_off_by_default(client: FlaskClient) -> None:
    assert html_tag(page(client))["data-a11y-mode"] == "off"


def test_html_attrs_carry_every_chosen_setting(client: FlaskClient) -> None:
    turn_on(client)
    attributes = html_tag(page(client)).attrs
    chosen = {name: value for name, value in attributes.items() if name.startswith("data-a11y")}
    expected = {preference.attribute: preference.values[0] for preference in REGISTRY}
    expected |= {"data-a11y-mode": "on", "data-a11y-panel": "closed", **CHOSEN_ATTRIBUTES}
    assert chosen == expected


def test_tampered_cookie_never_reaches_the_page(client: FlaskClient) -> None:
    turn_on(client, '1-on-"><script>alert(1)</script>-150')
    response = client.get("/")
    assert response.status_code == 200
    assert "<script>alert(1)" not in response.text
    assert html_tag(BeautifulSoup(response.text, "html.parser"))["data-a11y-font"] == "sans"


def test_head_uses_the_hosts_csp_nonce(app: Flask) -> None:
    with app.test_request_context("/", headers={"Cookie": "a11y=1-on"}):
        request.csp_nonce = "n0nce"
        soup = BeautifulSoup(render_template_string("{{ a11y.head() }}"), "html.parser")
    assert [tag.get("nonce") for tag in soup.select("link, script")] == ["n0nce", "n0nce"]


def test_a_nonce_with_markup_in_it_stays_an_attribute_value(app: Flask) -> None:
    with app.test_request_context("/", headers={"Cookie": "a11y=1-on"}):
        request.csp_nonce = '"><script>alert(1)</script>'
        soup = BeautifulSoup(render_template_string("{{ a11y.head() }}"), "html.parser")
    tags = soup.find_all(True)
    assert [tag.name for tag in tags] == ["link", "script"]
    assert {tag.get("nonce") for tag in tags} == {'"><script>alert(1)</script>'}


def test_toolbar_is_absent_when_the_mode_is_off(client: FlaskClient) -> None:
    assert page(client).select(".a11y-toolbar") == []


def test_toolbar_is_a_labelled_region_with_every_group(client: FlaskClient) -> None:
    turn_on(client)
    toolbar = page(client).select_one("section.a11y-toolbar")
    assert toolbar is not None and toolbar["aria-label"] == "Accessibility settings"
    legends = [legend.get_text() for legend in toolbar.select("fieldset > legend")]
    assert legends == [preference.label for preference in REGISTRY]


def test_toolbar_buttons_post_name_and_value(client: FlaskClient) -> None:
    turn_on(client)
    soup = page(client)
    form = soup.select_one(".a11y-toolbar__settings form")
    assert form is not None and form["method"] == "post" and form["action"] == "/a11y/preferences"
    serif = form.select_one('button[name="font"][value="serif"]')
    assert serif is not None and serif.get_text() == "Times New Roman"


def test_exactly_the_current_choice_is_pressed(client: FlaskClient) -> None:
    turn_on(client)
    pressed = {
        button["name"]: button["value"]
        for button in page(client).select('.a11y-toolbar button[aria-pressed="true"]')
    }
    expected = {preference.name: preference.values[0] for preference in REGISTRY}
    assert pressed == expected | CHOSEN


@pytest.mark.parametrize("path", ["/", "/other", "/?page=2&q=a%20b"])
def test_forms_return_to_the_current_page(client: FlaskClient, path: str) -> None:
    turn_on(client)
    next_fields = page(client, path).select('input[name="next"]')
    assert {field["value"] for field in next_fields} == {path}


def test_switch_offers_the_mode_when_off(client: FlaskClient) -> None:
    button = page(client).select_one(".a11y-switch button")
    assert button is not None
    assert (button["name"], button["value"]) == ("mode", "on")
    assert button.get_text() == "Version for the visually impaired"


def test_switch_offers_the_normal_version_when_on(client: FlaskClient) -> None:
    turn_on(client)
    button = page(client).select_one(".a11y-switch button")
    assert button is not None
    assert (button["value"], button.get_text()) == ("off", "Normal version")


def test_image_carries_its_alt_text_for_images_off(app: Flask) -> None:
    template = "{{ a11y.image('/p.jpg', 'The new library', class_='article__image') }}"
    with app.test_request_context("/"):
        html = render_template_string(template)
    figure = BeautifulSoup(html, "html.parser").select_one(".article__image")
    assert figure is not None
    image, alt = figure.find("img"), figure.select_one(".a11y-image__alt")
    assert image["alt"] == alt.get_text() != ""
    assert alt.has_attr("hidden")


def test_macros_can_be_imported_directly(app: Flask) -> None:
    with app.test_request_context("/"):
        render_html_attrs = get_template_attribute("a11y_kit/macros.html", "render_html_attrs")
        html = render_html_attrs([("data-a11y-mode", "on"), ("data-a11y-scheme", '"><x')])
    assert html == 'data-a11y-mode="on" data-a11y-scheme="&#34;&gt;&lt;x"'


def test_overlong_address_returns_to_the_root_and_is_not_remembered(client: FlaskClient) -> None:
    remembered = escaped_return_path.cache_info().currsize
    next_fields = page(client, "/?q=" + "a" * 5000).select('input[name="next"]')
    assert [field["value"] for field in next_fields] == ["/"]
    assert escaped_return_path.cache_info().currsize == remembered
