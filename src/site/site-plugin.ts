import type { CollectionApi, CollectionItem, UserConfig } from "@11ty/eleventy";
import { contentSecurityPolicy } from "./content-security-policy.ts";
import { stepNavigation } from "./step-navigation.ts";

type Item = CollectionItem<Record<string, any>>;

/** Collections and filters the layouts use to build the menu and the step navigation. */
export function sitePlugin(config: UserConfig): void {
  config.setNunjucksEnvironmentOptions({ autoescape: true });

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
}
