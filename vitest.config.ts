import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/helpers/global-setup.ts"],
    // Builds and real Chromium take seconds on a 2-core machine, not milliseconds.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
