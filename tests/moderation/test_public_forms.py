"""The honeypot mixin works on any form, so later public forms can reuse it."""

from __future__ import annotations

from django import forms

from core.public_forms import HoneypotFormMixin, PlainTextField


class RequestForm(HoneypotFormMixin, forms.Form):
    name = forms.CharField()
    languages = forms.MultipleChoiceField(
        choices=[("ar", "Arabic"), ("sv", "Swedish")],
        widget=forms.CheckboxSelectMultiple,
    )
    note = PlainTextField(max_length=5, required=False)


def test_honeypot_is_not_a_visible_field():
    form = RequestForm()

    assert "website" in form.fields
    assert [field.name for field in form.visible_fields()] == [
        "name",
        "languages",
        "note",
    ]


def test_honeypot_html_uses_the_stylesheet_class_not_a_style():
    html = RequestForm().honeypot_html()

    assert html.startswith('<div class="form-honeypot" aria-hidden="true">')
    assert "Leave this field empty" in html
    assert "style" not in html


def test_honeypot_filled_ignores_blank_values():
    assert not RequestForm().honeypot_filled()
    assert not RequestForm({"name": "x", "website": "  "}).honeypot_filled()
    assert RequestForm({"name": "x", "website": "http://spam"}).honeypot_filled()


def test_honeypot_respects_the_form_prefix():
    form = RequestForm({"req-website": "spam"}, prefix="req")

    assert form.honeypot_filled()


def test_error_links_point_at_the_first_option_of_a_choice_list():
    form = RequestForm({"note": "abcdef"})
    form.is_valid()

    anchors = [anchor for anchor, _label, _message in form.error_links()]

    assert anchors == ["id_name", "id_languages_0", "id_note"]


def test_plain_text_field_counts_line_breaks_once():
    form = RequestForm({"name": "x", "languages": ["ar"], "note": "ab\r\ncd"})

    assert form.is_valid(), form.errors
    assert form.cleaned_data["note"] == "ab\ncd"
