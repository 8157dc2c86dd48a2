"""Draw the worker app's icons (192, 512 and a maskable 512) with Pillow.

Run once after changing the design: ``.venv/bin/python bench/worker_icons.py``; the PNGs are
committed under outreach/worker/static/worker/icons/.
"""

from pathlib import Path

from PIL import Image, ImageDraw

BRAND = (11, 85, 99)
WHITE = (255, 255, 255)
OUT = Path(__file__).resolve().parent.parent / "outreach" / "worker" / "static" / "worker" / "icons"


def draw(size, safe_fraction):
    """Three white wind strokes on the brand colour; ``safe_fraction`` keeps them inside the
    circle a maskable icon may be cropped to."""
    image = Image.new("RGB", (size, size), BRAND)
    pen = ImageDraw.Draw(image)
    inset = size * (1 - safe_fraction) / 2
    box = size - 2 * inset
    width = max(2, round(box * 0.08))
    for row, length in enumerate((0.75, 0.55, 0.65)):
        y = inset + box * (0.3 + 0.2 * row)
        x0 = inset + box * 0.15
        x1 = x0 + box * length
        pen.line([(x0, y), (x1, y)], fill=WHITE, width=width)
        pen.ellipse([x1 - width, y - width, x1 + width, y + width], fill=WHITE)
    return image


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    draw(192, 0.8).save(OUT / "icon-192.png", optimize=True)
    draw(512, 0.8).save(OUT / "icon-512.png", optimize=True)
    draw(512, 0.6).save(OUT / "icon-maskable-512.png", optimize=True)
    print(f"Icons written to {OUT}")
