#!/usr/bin/env python3
"""Draws the toolbar/store icons (public/icon/{16,32,48,128}.png) without any image library.

The mark: a lens over a highlighted line of text, on an indigo tile. Shapes are signed-distance
functions sampled 4x4 per pixel, so small sizes stay crisp. Run: python3 scripts/make-icons.py
"""
import math
import struct
import zlib
from pathlib import Path

INDIGO = (79, 70, 229)
WHITE = (255, 255, 255)
AMBER = (250, 204, 21)


def rounded_square(x, y, r):
    qx, qy = abs(x - 0.5) - (0.5 - r), abs(y - 0.5) - (0.5 - r)
    return math.hypot(max(qx, 0), max(qy, 0)) + min(max(qx, qy), 0) - r


def segment(x, y, ax, ay, bx, by, w):
    px, py, dx, dy = x - ax, y - ay, bx - ax, by - ay
    t = max(0.0, min(1.0, (px * dx + py * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - dx * t, py - dy * t) - w


def layers(x, y):
    """Back to front: (signed distance, colour). Negative distance = inside."""
    cx, cy, r = 0.43, 0.43, 0.22
    ring = abs(math.hypot(x - cx, y - cy) - r) - 0.055
    handle = segment(x, y, cx + r * 0.72, cy + r * 0.72, 0.80, 0.80, 0.065)
    bar = max(segment(x, y, 0.30, 0.45, 0.56, 0.45, 0.055), math.hypot(x - cx, y - cy) - (r - 0.03))
    return [
        (rounded_square(x, y, 0.22), INDIGO),
        (bar, AMBER),
        (min(ring, handle), WHITE),
    ]


def render(size):
    rows = []
    n = 4
    for py in range(size):
        row = bytearray([0])
        for px in range(size):
            acc = [0.0, 0.0, 0.0, 0.0]
            for sy in range(n):
                for sx in range(n):
                    x, y = (px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size
                    colour, alpha = (0, 0, 0), 0.0
                    for dist, fill in layers(x, y):
                        if dist < 0:
                            colour, alpha = fill, 1.0
                    for i in range(3):
                        acc[i] += colour[i] * alpha
                    acc[3] += alpha
            a = acc[3] / (n * n)
            rgb = [int(round(acc[i] / acc[3])) if acc[3] else 0 for i in range(3)]
            row += bytes(rgb + [int(round(a * 255))])
        rows.append(bytes(row))
    raw = b''.join(rows)

    def chunk(kind, data):
        body = kind + data
        return struct.pack('>I', len(data)) + body + struct.pack('>I', zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', header) + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')


if __name__ == '__main__':
    out = Path(__file__).resolve().parent.parent / 'public' / 'icon'
    out.mkdir(parents=True, exist_ok=True)
    for size in (16, 32, 48, 128):
        (out / f'{size}.png').write_bytes(render(size))
        print(f'wrote public/icon/{size}.png')
