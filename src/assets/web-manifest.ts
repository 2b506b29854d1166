import type { IconUrls } from "./write-icons.ts";
import { ICON_BACKGROUND } from "./render-icons.ts";

/** Where the manifest is served: at the top of the site, beside the service worker. */
export const MANIFEST = "manifest.webmanifest";

/** What the manifest says about the site, from data/site.json. */
export interface ManifestSite {
  name: string;
  shortName: string;
  tagline: string;
  language: string;
}

/**
 * The web app manifest that lets a person add the site to a phone's home screen.
 * URLs are relative to the manifest, which sits at the top of the site, except
 * `scope`, which is the site's path prefix written out: it also tells the local
 * server under which path the site is published (src/server/site-prefix.ts).
 */
export function webManifest(site: ManifestSite, icons: Omit<IconUrls, "favicon" | "appleTouch">, iconSvg: string, pathPrefix: string): object {
  const relative = (sitePath: string) => sitePath.replace(/^\//, "");
  return {
    name: site.name,
    short_name: site.shortName,
    description: site.tagline,
    lang: site.language,
    dir: "ltr",
    id: "./",
    start_url: "./",
    scope: pathPrefix,
    display: "standalone",
    background_color: ICON_BACKGROUND,
    theme_color: ICON_BACKGROUND,
    icons: [
      { src: relative(icons.png192), sizes: "192x192", type: "image/png", purpose: "any" },
      { src: relative(icons.png512), sizes: "512x512", type: "image/png", purpose: "any" },
      { src: relative(icons.maskable512), sizes: "512x512", type: "image/png", purpose: "maskable" },
      { src: relative(iconSvg), sizes: "any", type: "image/svg+xml", purpose: "any" },
    ],
  };
}
