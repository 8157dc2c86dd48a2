"""PDF receipts are parsed with qpdf (pikepdf), refused when they carry active content, and
stored as qpdf writes them again.

Refused, not stripped: a shop's receipt or a ticket never needs scripts, launch actions,
attachments, rich media or XFA forms, so such a file was made that way on purpose; cutting parts
out would silently change what the resident sent and would pass anything the list misses as
"clean". The refusal tells the resident what to do instead.

Written again, not kept byte for byte: the stored file is exactly the object graph that was
checked — no bytes before the header or after the end, no comments, no unreferenced objects or
earlier revisions that another reader might find. Streams are copied as they are (never decoded),
so only a digital signature's byte range is lost, which a receipt does not need.
"""

import io
import re

import pikepdf
from pikepdf import Array, Dictionary, Name, Stream

MAX_PAGES = 50
MAX_OBJECTS = 20_000
# A few kilobytes of Flate can unpack into megabytes of objects: the unpacked object streams and
# the entries of every dictionary and array checked are bounded in total, not only each one.
MAX_UNPACKED = 16 * 1024 * 1024
MAX_PARTS = 200_000

# qpdf's limits are process-wide; receipts are the only PDFs this project opens.
pikepdf.settings.set_qpdf_limits(flate_max_memory=8 * 1024 * 1024, doc_max_warnings=1000)

# Keys that mean scripts, attachments, rich media or an XFA form, wherever they are.
ACTIVE_KEYS = frozenset(
    {"/JavaScript", "/JS", "/EmbeddedFiles", "/EF", "/RichMediaContent", "/XFA"}
)
# Values of /Type, /Subtype or an action's /S that are refused wherever they are.
ACTIVE_TYPES = frozenset(
    {
        "/JavaScript",
        "/Launch",
        "/SubmitForm",
        "/ImportData",
        "/GoToE",
        "/RichMedia",
        "/RichMediaExecute",
        "/EmbeddedFile",
        "/FileAttachment",
    }
)
# A link the reader clicks may open a web page; the document must not do so by itself.
AUTOMATIC_ACTIONS = ACTIVE_TYPES | {"/URI", "/GoToR"}
MAX_ACTION_CHAIN = 100
# Markup that makes the file an HTML page as well (a polyglot), if a browser ever sniffs it.
HTML = re.compile(rb"<(?:html|script|iframe|!doctype)", re.IGNORECASE)


class PdfRefused(Exception):
    """``reason`` is ``active``, ``unreadable`` or ``too_large``."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


def clean_pdf(data):
    """The PDF written again by qpdf, or PdfRefused."""
    if _is_polyglot(data):
        raise PdfRefused("active")
    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            _check(pdf)
            out = io.BytesIO()
            pdf.save(out, stream_decode_level=pikepdf.StreamDecodeLevel.none)
    except PdfRefused:
        raise
    except Exception as error:  # qpdf raises several kinds for broken, hostile or locked files
        raise PdfRefused("unreadable") from error
    return out.getvalue()


def _is_polyglot(data):
    end = data.rfind(b"%%EOF")
    trailing = data[end + len(b"%%EOF") :] if end >= 0 else data
    return not data.startswith(b"%PDF-") or bool(trailing.strip()) or bool(HTML.search(data))


def _check(pdf):
    if pdf.is_encrypted:
        raise PdfRefused("unreadable")
    # The cross-reference table is read at opening; nothing compressed is unpacked yet.
    xref = pdf.get_xref_table()
    if len(xref) > MAX_OBJECTS:
        raise PdfRefused("too_large")
    _bound_object_streams(pdf, xref)
    if len(pdf.pages) > MAX_PAGES:
        raise PdfRefused("too_large")
    parts = 0
    for obj in (pdf.trailer, *pdf.objects):
        for container in _direct_containers(obj):
            parts += len(container)
            if parts > MAX_PARTS:
                raise PdfRefused("too_large")
            if isinstance(container, Dictionary) and _is_active(container):
                raise PdfRefused("active")


def _bound_object_streams(pdf, xref):
    numbers = {entry.obj_stream_number for entry in xref.values() if entry.type == 2}
    unpacked = 0
    for number in numbers:
        unpacked += len(pdf.get_object((number, 0)).read_bytes())
        if unpacked > MAX_UNPACKED:
            raise PdfRefused("too_large")


def _direct_containers(obj):
    """One indirect object (or the trailer) and the dictionaries and arrays written inside it.
    References are not followed: every indirect object is checked on its own."""
    stack = [obj]
    while stack:
        item = stack.pop()
        if isinstance(item, Stream):
            item = item.stream_dict
        if isinstance(item, Dictionary):
            yield item
            stack.extend(part for part in item.values() if _is_direct_container(part))
        elif isinstance(item, Array):
            yield item
            stack.extend(part for part in item if _is_direct_container(part))


def _is_active(item):
    if any(key in ACTIVE_KEYS for key in item.keys()):
        return True
    if any(_name(item.get(key)) in ACTIVE_TYPES for key in ("/Type", "/Subtype", "/S")):
        return True
    return _runs_by_itself(item)


def _runs_by_itself(item):
    """An action started on opening the document or by an event (/OpenAction, /AA), following
    each action's /Next chain."""
    actions = []
    opening = item.get("/OpenAction")
    if isinstance(opening, Dictionary):
        actions.append(opening)
    additional = item.get("/AA")
    if isinstance(additional, Dictionary):
        actions.extend(additional.values())
    for _step in range(MAX_ACTION_CHAIN):
        if not actions:
            return False
        action = actions.pop()
        if not isinstance(action, Dictionary):
            continue
        if _name(action.get("/S")) in AUTOMATIC_ACTIONS:
            return True
        following = action.get("/Next")
        actions.extend(following if isinstance(following, Array) else [following])
    return True  # a chain this long (or a loop) is not a receipt's


def _name(value):
    return str(value) if isinstance(value, Name) else None


def _is_direct_container(value):
    return isinstance(value, (Dictionary, Array, Stream)) and not value.is_indirect
