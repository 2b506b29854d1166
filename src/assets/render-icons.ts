import { createRequire } from "node:module";
import { readFile } from "node:fs/promises";
import { initWasm, Resvg } from "@resvg/resvg-wasm";

/** The background of icons that must be opaque (home screens): the site's paper colour (layouts/css/tokens.css). */
export const ICON_BACKGROUND = "#fbf8f3";

let ready: Promise<void> | undefined;

/** resvg's WebAssembly, loaded once per process (it refuses a second initialisation). */
function loadResvg(): Promise<void> {
  ready ??= readFile(createRequire(import.meta.url).resolve("@resvg/resvg-wasm/index_bg.wasm")).then((wasm) => initWasm(wasm));
  return ready;
}

/**
 * The icon drawn on a square of the paper colour, scaled to `share` of its side and
 * centred: maskable icons keep their drawing inside the middle 80 % (the "safe
 * zone" a launcher's mask never cuts), and iOS fills transparency with black.
 */
export function onBackground(iconSvg: string, share: number): string {
  const side = 1000;
  const size = Math.round(side * share);
  const offset = (side - size) / 2;
  const inner = iconSvg.replace(/^\s*(<\?xml[^>]*>\s*)?<svg\b/, `<svg x="${offset}" y="${offset}" width="${size}" height="${size}"`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}"><rect width="${side}" height="${side}" fill="${ICON_BACKGROUND}"/>${inner}</svg>`;
}

/** Draws an SVG as a square PNG `size` pixels wide, without a browser. */
export async function renderPng(svg: string, size: number): Promise<Uint8Array> {
  await loadResvg();
  const image = new Resvg(svg, { fitTo: { mode: "width", value: size } }).render();
  try {
    return image.asPng();
  } finally {
    image.free();
  }
}

/**
 * Wraps PNG images in an ICO file (each entry a PNG, which every browser since IE 9
 * reads): the `favicon.ico` browsers look for at the top of a site by themselves.
 */
export function icoOf(images: readonly { size: number; png: Uint8Array }[]): Uint8Array {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1: an icon, not a cursor
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, index) => {
    const entry = 6 + 16 * index;
    header.writeUInt8(size >= 256 ? 0 : size, entry); // 0 stands for 256
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map(({ png }) => Buffer.from(png))]);
}
