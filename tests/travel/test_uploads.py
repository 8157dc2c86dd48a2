"""Hostile receipts: the type comes from the content, images are re-encoded, limits hold."""

import io

import pikepdf
import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageFile

from outreach.travel.models import Claim
from outreach.travel.receipts import clean_receipt

from .conftest import jpeg_bytes, png_bytes
from .helpers import confirm_data, receipt, step_one

PHP = b"<?php system($_GET['c']); ?>"


def upload(content, name="kuitti.jpg", content_type="image/jpeg"):
    return SimpleUploadedFile(name, content, content_type)


def test_php_named_jpg_is_refused():
    with pytest.raises(ValidationError) as error:
        clean_receipt(upload(PHP))
    assert error.value.code == "receipt_type"


def test_oversized_file_is_refused(settings):
    settings.TRAVEL_RECEIPT_MAX_BYTES = 1000
    with pytest.raises(ValidationError) as error:
        clean_receipt(upload(jpeg_bytes(size=(400, 400)) + b"\0" * 2000))
    assert error.value.code == "receipt_size"


def test_polyglot_image_keeps_the_picture_and_loses_the_payload():
    cleaned = clean_receipt(upload(jpeg_bytes() + PHP))
    assert PHP not in cleaned.content
    assert Image.open(io.BytesIO(cleaned.content)).size == (60, 40)


def test_plain_pdf_is_written_again_with_its_pages():
    original = pikepdf.new()
    original.add_blank_page()
    original.add_blank_page()
    out = io.BytesIO()
    original.save(out)
    cleaned = clean_receipt(upload(out.getvalue(), "kuitti.pdf", "application/pdf"))
    assert (cleaned.content_type, cleaned.extension) == ("application/pdf", "pdf")
    with pikepdf.open(io.BytesIO(cleaned.content)) as pdf:
        assert len(pdf.pages) == 2


def test_truncated_jpeg_is_refused():
    with pytest.raises(ValidationError):
        clean_receipt(upload(jpeg_bytes()[:200]))


def test_exif_gps_is_removed():
    cleaned = clean_receipt(upload(jpeg_bytes(with_gps=True)))
    assert b"Exif" not in cleaned.content
    assert not Image.open(io.BytesIO(cleaned.content)).getexif()


def test_png_is_accepted_whatever_the_name():
    out = io.BytesIO()
    Image.new("RGB", (10, 10)).save(out, "PNG")
    cleaned = clean_receipt(upload(out.getvalue(), "kuitti.exe", "application/x-msdownload"))
    assert cleaned.content_type == "image/png" and cleaned.extension == "png"


def test_huge_dimensions_are_refused_from_the_header_before_decoding(monkeypatch):
    huge = png_bytes((9400, 9400), mode="1")  # 88 Mpx, under Pillow's own bomb limit
    assert len(huge) < 20_000

    def no_decoding(image):
        raise AssertionError("the image was decoded")

    monkeypatch.setattr(ImageFile.ImageFile, "load", no_decoding)
    with pytest.raises(ValidationError) as error:
        clean_receipt(upload(huge, "kuitti.png", "image/png"))
    assert error.value.code == "receipt_pixels"
    assert "40 mega" in error.value.messages[0]


def test_the_pixel_limit_is_a_setting(settings):
    settings.TRAVEL_RECEIPT_MAX_PIXELS = 60 * 40
    assert clean_receipt(upload(jpeg_bytes(size=(60, 40)))).content_type == "image/jpeg"
    with pytest.raises(ValidationError) as error:
        clean_receipt(upload(jpeg_bytes(size=(61, 40))))
    assert error.value.code == "receipt_pixels"


@pytest.mark.django_db
def test_the_claim_form_says_the_photo_is_too_large(client, visit_code):
    _response, state = step_one(client, visit_code, language="sv")
    huge = receipt(png_bytes((9400, 9400), mode="1"), name="kvitto.png", content_type="image/png")
    response = client.post("/sv/travel/request/confirm/", confirm_data(state, receipt=huge))
    assert response.status_code == 400
    assert "Bilden är för stor: högst 40 megapixlar." in response.content.decode()
    assert not Claim.objects.exists()
