import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { icoOf } from "../../src/assets/render-icons.ts";
import { builtPages, siteDir } from "../helpers/built-site.ts";
import { useBrowserSession } from "../helpers/browser-session.ts";

// The full browser: the headless shell reports no installability errors at all.
const session = useBrowserSession(undefined, "browse");
const manifest = JSON.parse(readFileSync(path.join(siteDir(), "manifest.webmanifest"), "utf8"));

/** Width, height and whether the PNG's corner pixel is opaque (decoded by Chromium, which draws them anyway). */
async function pngFacts(file: string) {
  const bytes = readFileSync(path.join(siteDir(), file));
  return session().withPage(async (page) => {
    await page.goto(`${session().server.url}/`, { waitUntil: "load" });
    return page.evaluate(async (base64) => {
      const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))], { type: "image/png" }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext("2d")!;
      context.drawImage(bitmap, 0, 0);
      return { width: bitmap.width, height: bitmap.height, cornerAlpha: context.getImageData(0, 0, 1, 1).data[3] };
    }, bytes.toString("base64"));
  });
}

describe("installable on a phone's home screen", () => {
  it("has a manifest with the name, start, scope and colours of the site", () => {
    expect(manifest).toMatchObject({ name: "Autonomy Contract", short_name: "Autonomy", lang: "en", start_url: "./", scope: "/", display: "standalone" });
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/);
  });

  it("links the manifest and the icons from every page", () => {
    for (const page of builtPages()) {
      expect(page.document.querySelector('link[rel="manifest"]')?.getAttribute("href"), page.url).toBe("/manifest.webmanifest");
      expect(page.document.querySelector('link[rel="apple-touch-icon"]')?.getAttribute("href"), page.url).toMatch(/^\/assets\/apple-touch-icon-[A-F0-9]{8}\.png$/);
      expect(page.document.querySelector('link[rel="icon"][sizes="32x32"]')?.getAttribute("href"), page.url).toBe("/favicon.ico");
      expect(page.document.querySelector('link[rel="icon"][type="image/svg+xml"]')?.getAttribute("href"), page.url).toMatch(/^\/assets\/icon-[A-Z0-9]{8}\.svg$/);
    }
  });

  it.each(["192x192", "512x512"])("has a %s icon of that size", async (sizes) => {
    const icon = manifest.icons.find((candidate: { sizes: string; purpose: string }) => candidate.sizes === sizes && candidate.purpose === "any");
    const [width, height] = sizes.split("x").map(Number);
    expect(await pngFacts(icon.src)).toMatchObject({ width, height });
  });

  it("has a maskable icon, opaque to its corners (a launcher's mask may cut anywhere)", async () => {
    const icon = manifest.icons.find((candidate: { purpose: string }) => candidate.purpose === "maskable");
    expect(await pngFacts(icon.src)).toEqual({ width: 512, height: 512, cornerAlpha: 255 });
  });

  it("has an opaque 180 px icon for iOS, which fills transparency with black", async () => {
    const href = builtPages()[0]!.document.querySelector('link[rel="apple-touch-icon"]')!.getAttribute("href")!;
    expect(await pngFacts(href.slice(1))).toEqual({ width: 180, height: 180, cornerAlpha: 255 });
  });

  it("has a favicon.ico holding a 32 px PNG", () => {
    const ico = readFileSync(path.join(siteDir(), "favicon.ico"));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 1]);
    expect([ico[6], ico[7]]).toEqual([32, 32]);
    const png = ico.subarray(ico.readUInt32LE(18), ico.readUInt32LE(18) + ico.readUInt32LE(14));
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect(png.readUInt32BE(16)).toBe(32);
    expect(Buffer.from(icoOf([{ size: 32, png }])).equals(ico)).toBe(true);
  });

  it("reports why a page without a manifest is not installable (the check is live)", async () => {
    await session().withPage(async (page) => {
      await page.goto(`${session().server.url}/favicon.ico`, { waitUntil: "load" });
      const cdp = await page.createCDPSession();
      expect((await cdp.send("Page.getInstallabilityErrors")).installabilityErrors.map((error) => error.errorId)).toContain("no-manifest");
    });
  });

  it("is installable, as Chromium itself judges it", async () => {
    await session().withPage(async (page) => {
      await page.goto(`${session().server.url}/`, { waitUntil: "load" });
      const cdp = await page.createCDPSession();
      const { errors, url } = await cdp.send("Page.getAppManifest");
      expect(url).toBe(`${session().server.url}/manifest.webmanifest`);
      expect(errors).toEqual([]);
      expect((await cdp.send("Page.getInstallabilityErrors")).installabilityErrors).toEqual([]);
    });
  });
});
