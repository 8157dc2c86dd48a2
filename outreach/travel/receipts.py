"""Receipt uploads: images and PDF only, the type read from the content (never the name or the
browser's word), size and pixel limits, images re-encoded with Pillow so no metadata (GPS
included) and nothing hidden after the picture survives, PDFs checked and written again by
``pdf_safety``. Each file is checked once, and a visit code can cause only so much checking."""

import hashlib
import io
import warnings
from dataclasses import dataclass

import filetype
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps

from .pdf_safety import MAX_PAGES, PdfRefused, clean_pdf

IMAGE_FORMATS = {"image/jpeg": ("JPEG", "jpg"), "image/png": ("PNG", "png")}
PDF = "application/pdf"
# The verdict on a file is kept long enough to fix a typo in step 2 and send the same file again.
REMEMBERED_FOR = 60 * 60
WORK_WINDOW = 24 * 60 * 60


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
        "receipt_work": _(
            "Too many receipt files have been sent with this visit code today. Try again "
            "tomorrow, or ask the worker."
        ),
    }
    return ValidationError(messages[code], code=code)


def clean_receipt(upload, visit_code=None):
    """Validate an uploaded file and return its safe content, or raise ValidationError.

    The result, kept or refused, is remembered by the file's content (in the shared cache), so a
    step sent again costs a hash, not a decode. A file not seen before counts against its visit
    code: at most ``TRAVEL_RECEIPTS_PER_VISIT_CODE`` a day."""
    limit = settings.TRAVEL_RECEIPT_MAX_BYTES
    if upload.size > limit:
        raise ValidationError(
            _("The receipt file is too large. The limit is %(limit)s.")
            % {"limit": filesizeformat(limit)},
            code="receipt_size",
        )
    data = upload.read()
    key = f"travel:receipt:{settings.TRAVEL_RECEIPT_MAX_PIXELS}:{hashlib.sha256(data).hexdigest()}"
    result = cache.get(key)
    if result is None:
        _count_work(visit_code)
        try:
            result = _clean(data)
        except ValidationError as refused:
            result = refused.code
        cache.set(key, result, REMEMBERED_FOR)
    if isinstance(result, str):
        raise _refusal(result)
    return result


def _count_work(visit_code):
    if visit_code is None:  # a worker's claim: the login is the bound
        return
    key = f"travel:receipt-work:{visit_code.code}"
    cache.add(key, 0, WORK_WINDOW)
    try:
        done = cache.incr(key)
    except ValueError:  # expired between the two calls
        done = 1
        cache.set(key, done, WORK_WINDOW)
    if done > settings.TRAVEL_RECEIPTS_PER_VISIT_CODE:
        raise _refusal("receipt_work")


def _clean(data):
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
