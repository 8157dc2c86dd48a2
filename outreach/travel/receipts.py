"""Receipt uploads: images and PDF only, the type read from the content (never the name or the
browser's word), a size limit, and images re-encoded with Pillow so no metadata (GPS included)
and nothing hidden after the picture survives."""

import io
import warnings
from dataclasses import dataclass

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps

IMAGE_FORMATS = {"image/jpeg": ("JPEG", "jpg"), "image/png": ("PNG", "png")}
PDF = "application/pdf"
# Active content has no place in a ticket or a receipt; a PDF carrying it is refused.
PDF_ACTIVE_CONTENT = (b"/JavaScript", b"/JS", b"/Launch", b"/EmbeddedFile", b"/RichMedia", b"<?php")


@dataclass(frozen=True)
class CleanReceipt:
    content: bytes
    content_type: str
    extension: str


def _refuse():
    return ValidationError(
        _("The receipt must be a photo (JPEG or PNG) or a PDF file."), code="receipt_type"
    )


def clean_receipt(upload):
    """Validate an uploaded file and return its safe content, or raise ValidationError."""
    limit = settings.TRAVEL_RECEIPT_MAX_BYTES
    if upload.size > limit:
        raise ValidationError(
            _("The receipt file is too large. The limit is %(limit)s.")
            % {"limit": filesizeformat(limit)},
            code="receipt_size",
        )
    data = upload.read()
    kind = filetype.guess(data)
    mime = kind.mime if kind else ""
    if mime in IMAGE_FORMATS:
        return _clean_image(data, mime)
    if mime == PDF:
        return _clean_pdf(data)
    raise _refuse()


def _clean_image(data, mime):
    pillow_format, extension = IMAGE_FORMATS[mime]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as probe:
                probe.verify()
            with Image.open(io.BytesIO(data)) as image:
                if image.format != pillow_format:
                    raise _refuse()
                # Keep the photo upright, then drop EXIF (GPS, camera, time) by re-encoding.
                upright = ImageOps.exif_transpose(image)
                pixels = upright.convert("RGB") if pillow_format == "JPEG" else upright.copy()
    except ValidationError:
        raise
    except Exception as error:  # Pillow raises many kinds for broken or hostile images
        raise _refuse() from error
    out = io.BytesIO()
    options = {"quality": 85} if pillow_format == "JPEG" else {}
    pixels.save(out, format=pillow_format, **options)
    return CleanReceipt(out.getvalue(), mime, extension)


def _clean_pdf(data):
    if not data.startswith(b"%PDF-") or any(marker in data for marker in PDF_ACTIVE_CONTENT):
        raise _refuse()
    return CleanReceipt(data, PDF, "pdf")
