"""Hostile PDF receipts, each made here with pikepdf or raw bytes, sent through the claim form and
through the correction form of a returned claim: refused with a reason, nothing saved."""

import io

import pikepdf
import pytest
from django.core.cache import cache
from pikepdf import Array, Dictionary, Name, String

from outreach.travel.links import status_path
from outreach.travel.models import Claim, Receipt
from outreach.travel.workflow import change_status

from .helpers import confirm_data, receipt, step_one

pytestmark = pytest.mark.django_db

ACTIVE = "PDF-tiedostossa on aktiivista sisältöä"
UNREADABLE = "PDF-tiedostoa ei voi avata"
TOO_LARGE = "PDF-tiedosto on liian suuri kuitiksi"
NOT_A_RECEIPT = "Kuitin on oltava valokuva (JPEG tai PNG) tai PDF-tiedosto."
SCRIPT = "app.alert(1)"


@pytest.fixture(autouse=True)
def fresh_cache():
    """Checked receipts are remembered by content; every test checks its files afresh."""
    cache.clear()
    yield
    cache.clear()


def pdf_bytes(build=None, pages=1, **save_options):
    pdf = pikepdf.new()
    for _page in range(pages):
        pdf.add_blank_page()
    if build:
        build(pdf)
    out = io.BytesIO()
    pdf.save(out, **save_options)
    return out.getvalue()


def disguised(build, replacements):
    """Written uncompressed, then placeholders swapped for the same number of bytes, so the
    cross-reference table still points right: what a hand-made hostile file looks like."""
    data = pdf_bytes(build, compress_streams=False)
    for placeholder, hidden in replacements.items():
        assert len(placeholder) == len(hidden) and placeholder in data
        data = data.replace(placeholder, hidden)
    return data


def open_action(**action):
    def build(pdf):
        pdf.Root.OpenAction = pdf.make_indirect(Dictionary(**action))

    return build


def catalog_javascript(pdf):
    script = Dictionary(S=Name.JavaScript, JS=String(SCRIPT))
    pdf.Root.Names = Dictionary(JavaScript=Dictionary(Names=Array([String("a"), script])))


def escaped_names():
    placeholder = open_action(S=Name("/Zz0123456789"), Zzzz=String(SCRIPT))
    return disguised(placeholder, {b"/Zz0123456789": b"/J#61vaScript", b"/Zzzz": b"/J#53"})


def additional_action_with_hex_script():
    hex_script = b"<" + SCRIPT.encode().hex().encode() + b">"

    def build(pdf):
        placeholder = Dictionary(S=Name("/Zz012345678901"), JS=String("Z" * (len(hex_script) - 2)))
        pdf.pages[0].obj.AA = Dictionary(O=placeholder)

    return disguised(
        build,
        {
            b"/Zz012345678901": b"/J#61v#61Script",
            b"(" + b"Z" * (len(hex_script) - 2) + b")": hex_script,
        },
    )


def attachment(pdf):
    pdf.attachments["lasku.html"] = pikepdf.AttachedFileSpec(pdf, b"<b>hello</b>")


def xfa_form(pdf):
    pdf.Root.AcroForm = Dictionary(Fields=Array(), XFA=Array())


def big_array(pdf):
    pdf.Root.Numbers = pdf.make_indirect(Array([0] * 250_000))


def big_string(pdf):
    pdf.Root.Text = pdf.make_indirect(String(b"A" * 20_000_000))


PLAIN = pdf_bytes()
HOSTILE = {
    "javascript in the catalog": (pdf_bytes(catalog_javascript), ACTIVE),
    "name escape /J#61vaScript": (escaped_names(), ACTIVE),
    "javascript in a compressed object stream": (
        pdf_bytes(
            open_action(S=Name.JavaScript, JS=String(SCRIPT)),
            object_stream_mode=pikepdf.ObjectStreamMode.generate,
        ),
        ACTIVE,
    ),
    "additional action with a hex-string script": (additional_action_with_hex_script(), ACTIVE),
    "launch action": (pdf_bytes(open_action(S=Name.Launch, F=String("calc.exe"))), ACTIVE),
    "embedded file": (pdf_bytes(attachment), ACTIVE),
    "uri on opening": (
        pdf_bytes(open_action(S=Name.URI, URI=String("https://evil.example/"))),
        ACTIVE,
    ),
    "form submitted on opening": (
        pdf_bytes(open_action(S=Name.SubmitForm, F=String("https://evil.example/"))),
        ACTIVE,
    ),
    "xfa form": (pdf_bytes(xfa_form), ACTIVE),
    "html after %%EOF": (PLAIN + b"<script>alert(1)</script>\n", ACTIVE),
    "html before %PDF": (b"<html><script>alert(1)</script>\n" + PLAIN, NOT_A_RECEIPT),
    "html in a comment inside": (
        PLAIN.replace(b"\n", b"\n%<script>alert(1)</script>\n", 1),
        ACTIVE,
    ),
    "corrupt": (b"%PDF-1.7\n" + b"\x00not a pdf\n" * 50 + b"%%EOF\n", UNREADABLE),
    "encrypted": (pdf_bytes(encryption=pikepdf.Encryption(owner="omistaja", user="")), UNREADABLE),
    "password-protected": (
        pdf_bytes(encryption=pikepdf.Encryption(owner="o", user="u")),
        UNREADABLE,
    ),
    "absurdly many pages": (pdf_bytes(pages=51), TOO_LARGE),
    "a few kB that unpack into a huge array": (
        pdf_bytes(big_array, object_stream_mode=pikepdf.ObjectStreamMode.generate),
        TOO_LARGE,
    ),
    "an object stream that unpacks into 20 MB": (
        pdf_bytes(big_string, object_stream_mode=pikepdf.ObjectStreamMode.generate),
        UNREADABLE,
    ),
}


def pdf_receipt(content):
    return receipt(content, name="kuitti.pdf", content_type="application/pdf")


def stored_files(root):
    return sorted(path for path in root.rglob("*") if path.is_file()) if root.exists() else []


def test_the_cases_are_what_they_claim():
    """The old check looked for bytes such as /JavaScript: the hidden cases carry none; the
    bombs are small files."""
    for case in ("name escape /J#61vaScript", "javascript in a compressed object stream"):
        assert b"/JavaScript" not in HOSTILE[case][0]
    assert SCRIPT.encode() not in HOSTILE["additional action with a hex-string script"][0]
    assert len(HOSTILE["a few kB that unpack into a huge array"][0]) < 20_000
    assert len(HOSTILE["an object stream that unpacks into 20 MB"][0]) < 100_000


@pytest.mark.parametrize("content, message", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_pdf_is_refused_by_the_claim_form(
    client, visit_code, receipts_root, content, message
):
    _response, state = step_one(client, visit_code)
    response = client.post(
        "/fi/travel/request/confirm/", confirm_data(state, receipt=pdf_receipt(content))
    )
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Claim.objects.exists() and not Receipt.objects.exists()
    assert stored_files(receipts_root) == []
    visit_code.refresh_from_db()
    assert visit_code.used_at is None


@pytest.fixture
def returned_claim(client, visit_code, role_user):
    _response, state = step_one(client, visit_code)
    client.post("/fi/travel/request/confirm/", confirm_data(state))
    claim = Claim.objects.get()
    change_status(claim, "returned", role_user("finance"), "Kuitti puuttuu.")
    return claim


@pytest.mark.parametrize("content, message", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_pdf_is_refused_by_the_correction_form(
    client, returned_claim, receipts_root, content, message
):
    before = stored_files(receipts_root)
    response = client.post(
        status_path(returned_claim), {"note": "Uusi kuitti.", "receipt": pdf_receipt(content)}
    )
    assert response.status_code == 400
    assert message in response.content.decode()
    claim = Claim.objects.get()
    assert claim.status == "returned" and claim.receipts.count() == 1
    assert stored_files(receipts_root) == before


def test_plain_pdf_is_accepted_by_the_correction_form(client, returned_claim, receipts_root):
    response = client.post(
        status_path(returned_claim), {"note": "Uusi kuitti.", "receipt": pdf_receipt(PLAIN)}
    )
    assert response.status_code == 302
    stored = Claim.objects.get().receipts.get(content_type="application/pdf").file
    with stored.open("rb"), pikepdf.open(stored) as pdf:
        assert len(pdf.pages) == 1


def test_pdf_with_a_link_the_reader_clicks_is_accepted_by_the_claim_form(client, visit_code):
    def link(pdf):
        uri = Dictionary(S=Name.URI, URI=String("https://www.vr.fi/"))
        annotation = Dictionary(Type=Name.Annot, Subtype=Name.Link, Rect=[0, 0, 10, 10], A=uri)
        pdf.pages[0].obj.Annots = pdf.make_indirect(Array([annotation]))

    _response, state = step_one(client, visit_code)
    upload = pdf_receipt(pdf_bytes(link))
    response = client.post("/fi/travel/request/confirm/", confirm_data(state, receipt=upload))
    assert response.status_code == 302
    assert Claim.objects.get().receipts.get().content_type == "application/pdf"


def test_the_refusal_says_what_to_do_in_swedish(client, visit_code):
    _response, state = step_one(client, visit_code, language="sv")
    upload = pdf_receipt(HOSTILE["launch action"][0])
    response = client.post("/sv/travel/request/confirm/", confirm_data(state, receipt=upload))
    assert "PDF-filen innehåller aktivt innehåll" in response.content.decode()
