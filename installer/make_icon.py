"""Draw the program icon: resources/icons/kinerja.png (256 px, the window icon) and
resources/icons/kinerja.ico (16-256 px, the Windows program and installer icon).

A teal rounded square with three rising white bars (performance) and a gold tick above them.
The files are checked in; run this again only to change the design:
    .venv/bin/python installer/make_icon.py
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"
SIZE = 1024
TEAL = (14, 116, 144, 255)
WHITE = (255, 255, 255, 255)
GOLD = (250, 204, 21, 255)
ICO_SIZES = [(16, 16), (20, 20), (24, 24), (32, 32), (40, 40), (48, 48), (64, 64), (256, 256)]


def draw() -> Image.Image:
    img = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((40, 40, SIZE - 40, SIZE - 40), radius=190, fill=TEAL)
    base = 820
    for i, height in enumerate((200, 330, 460)):
        left = 190 + i * 190
        d.rounded_rectangle((left, base - height, left + 130, base), radius=28, fill=WHITE)
    d.line([(200, 300), (300, 400), (480, 200)], fill=GOLD, width=90, joint="curve")
    return img


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    img = draw()
    img.resize((256, 256), Image.Resampling.LANCZOS).save(OUT / "kinerja.png", optimize=True)
    img.save(OUT / "kinerja.ico", sizes=ICO_SIZES)
    print(OUT / "kinerja.png")
    print(OUT / "kinerja.ico")


if __name__ == "__main__":
    main()
