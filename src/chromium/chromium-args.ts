/**
 * Flags for headless Chromium here. The sandbox needs user namespaces a root shell or
 * container often lacks; the rest stop Chromium's own calls home, which a closed
 * network refuses (and which would be requests no user asked for).
 */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

/**
 * CHROMIUM_ARGS and what puppeteer.launch would add for automation (puppeteer 24's
 * defaultArgs), for a Chromium started without puppeteer.launch (start-chromium.ts).
 * Tabs side by side must not be slowed as background tabs, and the tagged PDF and
 * its outline are switched on here as puppeteer does.
 */
export const AUTOMATION_ARGS = [
  ...CHROMIUM_ARGS,
  "--allow-pre-commit-input",
  "--disable-background-timer-throttling",
  "--disable-backgrounding-occluded-windows",
  "--disable-renderer-backgrounding",
  "--disable-ipc-flooding-protection",
  "--disable-hang-monitor",
  "--disable-breakpad",
  "--disable-crash-reporter",
  "--disable-client-side-phishing-detection",
  "--disable-component-extensions-with-background-pages",
  "--disable-default-apps",
  "--disable-extensions",
  "--disable-features=Translate,AcceptCHFrame,MediaRouter,OptimizationHints",
  "--enable-automation",
  "--export-tagged-pdf",
  "--generate-pdf-document-outline",
  "--force-color-profile=srgb",
  "--hide-scrollbars",
  "--mute-audio",
  "--password-store=basic",
  "--use-mock-keychain",
];
