// Draws the app's two icons from code: a clipboard with a check mark (the group's plan, and actions done).
//   color.png   192×192, the white symbol on the app's accent colour
//   outline.png  32×32, the symbol in white on a transparent background
// Usage: node scripts/teams-app/icons.js [DIR]   (default: manifest/)
"use strict";
const fs = require("fs");
const path = require("path");
const png = require("./png");

const ACCENT = [0x1f, 0x6f, 0x5c]; // the manifest's accentColor, #1F6F5C
const SAMPLES = 8; // per axis, for anti-aliased edges

// Signed distances (negative inside) in symbol space, where the symbol spans [0,1]².
function roundedBox(x, y, cx, cy, hw, hh, r) {
  const qx = Math.abs(x - cx) - hw + r;
  const qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

function segment(x, y, [ax, ay], [bx, by]) {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - ax - t * (bx - ax), y - ay - t * (by - ay));
}

const CHECK = [[0.31, 0.57], [0.44, 0.7], [0.69, 0.41]];

/** Is this point of the symbol white? Stroke widths are in symbol units. */
function inSymbol(x, y, boardStroke, checkStroke) {
  const board = Math.abs(roundedBox(x, y, 0.5, 0.56, 0.36, 0.42, 0.1)) <= boardStroke / 2;
  const clip = roundedBox(x, y, 0.5, 0.13, 0.17, 0.09, 0.05) <= 0;
  const check = Math.min(segment(x, y, CHECK[0], CHECK[1]), segment(x, y, CHECK[1], CHECK[2])) <= checkStroke / 2;
  return board || clip || check;
}

/** Coverage (0–1) of each pixel by the symbol, drawn into the square [from, to] of the icon (in pixels). */
function coverage(size, from, to, boardStrokePx, checkStrokePx) {
  const scale = to - from;
  const cover = new Float64Array(size * size);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let hits = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES - from) / scale;
          const y = (py + (sy + 0.5) / SAMPLES - from) / scale;
          hits += inSymbol(x, y, boardStrokePx / scale, checkStrokePx / scale) ? 1 : 0;
        }
      }
      cover[py * size + px] = hits / (SAMPLES * SAMPLES);
    }
  }
  return cover;
}

function colorIcon() {
  const size = 192;
  const cover = coverage(size, 40, 152, 9, 12); // the symbol keeps to the middle, as Teams asks
  const rgba = new Uint8Array(size * size * 4);
  cover.forEach((c, i) => {
    for (let ch = 0; ch < 3; ch++) {
      rgba[i * 4 + ch] = Math.round(ACCENT[ch] + (255 - ACCENT[ch]) * c);
    }
    rgba[i * 4 + 3] = 255;
  });
  return png.encode(size, size, rgba);
}

function outlineIcon() {
  const size = 32;
  const cover = coverage(size, 3, 29, 2, 2.5);
  const rgba = new Uint8Array(size * size * 4);
  cover.forEach((c, i) => {
    const alpha = Math.round(255 * c);
    rgba.set(alpha === 0 ? [0, 0, 0, 0] : [255, 255, 255, alpha], i * 4);
  });
  return png.encode(size, size, rgba);
}

function draw(dir) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "color.png"), colorIcon());
  fs.writeFileSync(path.join(dir, "outline.png"), outlineIcon());
}

if (require.main === module) {
  const dir = process.argv[2] ?? path.join(__dirname, "..", "..", "manifest");
  draw(dir);
  console.log(`Drew color.png and outline.png in ${dir}`);
}

module.exports = { draw };
