"""Receipt uploads: images and PDF only, the type read from the content (never the name or the
browser's word), size and pixel limits, images re-encoded with Pillow so no metadata (GPS
included) and nothing hidden after the picture survives, PDFs checked and written again by
``pdf_safety``."""

import io
import warnings
from dataclasses import dataclass

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps

from .pdf_safety import MAX_PAGES, PdfRefused, clean_pdf

IMAGE_FORMATS = {"image/jpeg": ("JPEG", "jpg"), "image/png": ("PNG", "png")}
PDF = "application/pdf"


@dataclass(frozen=True)
class CleanReceipt:
    content: bytes
    content_type: str
    extension: str


def _refusal(code):
    messages = {
        "receipt_type": _("The receipt must be a photo (JPEG or PNG) or a PDF file."),
        "receipt_pdf_active": _(
            "The PDF contains active content (such as scripts, links that open by themselves or "
            "attached files). Save it again as a plain PDF, or take a photo of the receipt."
        ),
        "receipt_pdf_unreadable": _(
            "The PDF cannot be opened: it is damaged or protected with a password. Save it again "
            "as a plain PDF without a password, or take a photo of the receipt."
        ),
        "receipt_pdf_too_large": _(
            "The PDF is too large to be a receipt (at most %(pages)s pages). Send only the pages "
            "of the receipt, or take a photo of it."
        )
        % {"pages": MAX_PAGES},
        "receipt_pixels": _(
            "The photo is too large: at most %(megapixels)s megapixels. Take it again at a lower "
            "resolution, or make it smaller."
        )
        % {"megapixels": settings.TRAVEL_RECEIPT_MAX_PIXELS // 1_000_000},
    }
    return ValidationError(messages[code], code=code)


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
    raise _refusal("receipt_type")


def _clean_image(data, mime):
    pillow_format, extension = IMAGE_FORMATS[mime]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as probe:
                # The size comes from the header: refuse before a single pixel is decoded.
                if probe.width * probe.height > settings.TRAVEL_RECEIPT_MAX_PIXELS:
                    raise _refusal("receipt_pixels")
                probe.verify()
            with Image.open(io.BytesIO(data)) as image:
                if image.format != pillow_format:
                    raise _refusal("receipt_type")
                # Keep the photo upright, then drop EXIF (GPS, camera, time) by re-encoding.
                upright = ImageOps.exif_transpose(image)
                pixels = upright.convert("RGB") if pillow_format == "JPEG" else upright.copy()
    except ValidationError:
        raise
    except (Image.DecompressionBombWarning, Image.DecompressionBombError) as error:
        raise _refusal("receipt_pixels") from error
    except Exception as error:  # Pillow raises many kinds for broken or hostile images
        raise _refusal("receipt_type") from error
    out = io.BytesIO()
    options = {"quality": 85} if pillow_format == "JPEG" else {}
    pixels.save(out, format=pillow_format, **options)
    return CleanReceipt(out.getvalue(), mime, extension)


def _clean_pdf(data):
    try:
        return CleanReceipt(clean_pdf(data), PDF, "pdf")
    except PdfRefused as refused:
        raise _refusal(f"receipt_pdf_{refused.reason}") from refused
