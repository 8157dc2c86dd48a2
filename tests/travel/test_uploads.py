"""Hostile receipts: the type comes from the content, images are re-encoded, limits hold."""

import io

import pikepdf
import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from outreach.travel.receipts import clean_receipt

from .conftest import jpeg_bytes

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
