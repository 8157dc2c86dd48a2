"""Draw Tuuli's favicon and app icons: a white "T" on the Suomi.fi brand colour.

Run after changing the design: ``.venv/bin/python bench/brand_icons.py``. The files are committed:
the favicon (SVG, and a 32 px PNG for browsers without SVG icons) under static/img/, and the
worker app's install icons (192, 512 and a maskable 512) under outreach/worker/static/worker/icons/,
which the PWA manifest lists (PWA_APP_ICONS in outreach/settings/base.py).
The "T" is drawn from rectangles, not a font, so the result is the same on every machine.
"""

from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
# --fi-color-brand-base, hsl(214, 100%, 24%), in static/vendor/suomifi/tokens.css.
BRAND = (0, 53, 122)
WHITE = (255, 255, 255)

# The "T" in a unit square: the bar, then the stem (x0, y0, x1, y1).
BAR = (0.22, 0.24, 0.78, 0.38)
STEM = (0.43, 0.24, 0.57, 0.78)


def shapes(size, safe_fraction):
    """The T's rectangles in pixels; ``safe_fraction`` keeps it inside the circle a maskable icon
    may be cropped to."""
    inset = size * (1 - safe_fraction) / 2
    box = size - 2 * inset
    return [tuple(inset + box * value for value in rect) for rect in (BAR, STEM)]


def png(size, safe_fraction=1.0, rounded=False):
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0) if rounded else BRAND)
    pen = ImageDraw.Draw(image)
    if rounded:
        pen.rounded_rectangle([0, 0, size - 1, size - 1], radius=size // 6, fill=BRAND)
    for rect in shapes(size, safe_fraction):
        pen.rectangle(rect, fill=WHITE)
    return image


def svg():
    def rect(x0, y0, x1, y1):
        x, y, w, h = (v * 32 for v in (x0, y0, x1 - x0, y1 - y0))
        return f'<rect x="{x:g}" y="{y:g}" width="{w:g}" height="{h:g}" fill="#fff"/>'

    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">'
        '<rect width="32" height="32" rx="5" fill="#00357a"/>'
        f"{rect(*BAR)}{rect(*STEM)}</svg>\n"
    )


if __name__ == "__main__":
    img = ROOT / "static" / "img"
    icons = ROOT / "outreach" / "worker" / "static" / "worker" / "icons"
    img.mkdir(parents=True, exist_ok=True)
    (img / "favicon.svg").write_text(svg())
    png(32, rounded=True).save(img / "favicon-32.png", optimize=True)
    png(192).convert("RGB").save(icons / "icon-192.png", optimize=True)
    png(512).convert("RGB").save(icons / "icon-512.png", optimize=True)
    png(512, safe_fraction=0.7).convert("RGB").save(icons / "icon-maskable-512.png", optimize=True)
    print(f"Icons written to {img} and {icons}")
