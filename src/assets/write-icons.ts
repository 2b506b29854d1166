import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { icoOf, onBackground, renderPng } from "./render-icons.ts";

/** Site paths of the icons, for the layouts and the web app manifest. */
export interface IconUrls {
  /** 192 and 512 pixels, transparent: the manifest's ordinary icons. */
  png192: string;
  png512: string;
  /** 512 pixels on the paper colour, drawing inside the safe zone: the manifest's maskable icon. */
  maskable512: string;
  /** 180 pixels, opaque: what iOS puts on a home screen. */
  appleTouch: string;
  /** 32 pixels in an ICO, at the top of the site, where browsers look without being told. */
  favicon: string;
}

/** The ICO's fixed name: browsers ask for /favicon.ico by themselves. */
export const FAVICON = "favicon.ico";

const hashed = (name: string, bytes: Uint8Array) =>
  `${name}-${createHash("sha256").update(bytes).digest("hex").slice(0, 8).toUpperCase()}.png`;

/**
 * Draws the site's icon (an SVG in the layouts) into the PNG and ICO sizes browsers
 * and home screens use, at build time, without a browser: PNGs go into
 * `assets/` under content-hashed names, the ICO to the top of the site.
 */
export async function writeIcons(iconSvgFile: string, outputDir: string): Promise<IconUrls> {
  const svg = await readFile(iconSvgFile, "utf8");
  const opaque = onBackground(svg, 0.8);
  const maskable = onBackground(svg, 0.64);
  const images = {
    png192: ["icon-192", await renderPng(svg, 192)],
    png512: ["icon-512", await renderPng(svg, 512)],
    maskable512: ["icon-maskable-512", await renderPng(maskable, 512)],
    appleTouch: ["apple-touch-icon", await renderPng(opaque, 180)],
  } as const;
  await mkdir(path.join(outputDir, "assets"), { recursive: true });
  const urls: Partial<IconUrls> = {};
  for (const [key, [name, png]] of Object.entries(images) as [keyof typeof images, (typeof images)[keyof typeof images]][]) {
    const file = `assets/${hashed(name, png)}`;
    await writeFile(path.join(outputDir, file), png);
    urls[key] = `/${file}`;
  }
  await writeFile(path.join(outputDir, FAVICON), icoOf([{ size: 32, png: await renderPng(svg, 32) }]));
  return { ...(urls as Omit<IconUrls, "favicon">), favicon: `/${FAVICON}` };
}
