"""QR codes drawn on the server as inline SVG: no image request (the CSP allows none elsewhere)
and no script."""

import segno
from django.utils.safestring import mark_safe


def qr_svg(text):
    """Scalable (a viewBox, no fixed size: the stylesheet sets it), dark on white so that it scans
    on a dark screen too, with the standard four-module quiet zone."""
    return mark_safe(segno.make(text, error="m").svg_inline(omitsize=True, light="#fff"))
