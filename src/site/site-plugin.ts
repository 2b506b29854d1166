import type { CollectionApi, CollectionItem, UserConfig } from "@11ty/eleventy";
import { contentSecurityPolicy } from "./content-security-policy.ts";
import { prefixUrls } from "./prefix-urls.ts";
import { keepingStatus, lastCopyInWords } from "../browser/keeping/keeping-words.ts";
import { safetySettings } from "./safety-settings.ts";
import { absoluteUrl } from "./site-location.ts";
import { stepNavigation } from "./step-navigation.ts";

type Item = CollectionItem<Record<string, any>>;

/**
 * Collections and filters the layouts use to build the menu and the step
 * navigation; and the path prefix of a site published under a sub-path.
 */
export function sitePlugin(config: UserConfig): void {
  config.setNunjucksEnvironmentOptions({ autoescape: true });
  // Puts every href and src of the built HTML under the build's pathPrefix (Eleventy's
  // own, set by src/build/build-site.ts), so content and layouts keep writing
  // root-relative links ("/safety/"). A no-op without a prefix.
  config.addTransform("prefixUrls", function (this: { page: { outputPath: string | false } }, content: string) {
    const outputPath = this.page.outputPath;
    return typeof outputPath === "string" && outputPath.endsWith(".html") ? prefixUrls(content, config.pathPrefix ?? "/") : content;
  });

  config.addCollection("steps", (api: CollectionApi) =>
    (api.getAll() as Item[])
      .filter((item) => item.data.layout === "step.njk")
      .sort((a, b) => a.data.step - b.data.step),
  );
  config.addCollection("menu", (api: CollectionApi) =>
    (api.getAll() as Item[])
      .filter((item) => typeof item.data.navOrder === "number")
      .sort((a, b) => a.data.navOrder - b.data.navOrder),
  );

  config.addFilter("stepNavigation", stepNavigation);
  config.addFilter("contentSecurityPolicy", contentSecurityPolicy);
  config.addFilter("safetySettings", safetySettings);
  // The workbook bar's line about keeping, as its script first writes it for someone new
  // (keeping.ts), so the bar has its height before the script runs and nothing moves.
  config.addGlobalData("firstKeepingStatus", keepingStatus("may-clear", lastCopyInWords(undefined, 0)));
  config.addFilter("absoluteUrl", (sitePath: string, location: Parameters<typeof absoluteUrl>[0]) => absoluteUrl(location, sitePath));
}
