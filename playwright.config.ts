import { defineConfig } from "@playwright/test";
import { DEMO_PASSWORD, storageStateOf } from "./e2e/support/accounts";

const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "e2e",
  // The specs share one server and its demo article, so they run one after another.
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  outputDir: "test-results",
  projects: [
    { name: "sign-in", testMatch: /sign-in\.setup\.ts$/ },
    { name: "chromium", dependencies: ["sign-in"], use: { storageState: storageStateOf("admin") } },
  ],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  webServer: {
    command: "tsx e2e/support/serve.ts",
    url: `http://localhost:${port}/en`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    // A short import time budget, so that e2e/import/hostile.spec.ts sees it run out on a modest file.
    env: {
      PORT: String(port),
      GALLEY_DATA_DIR: ".data/e2e",
      DATABASE_URL: "",
      GALLEY_DEMO_PASSWORD: DEMO_PASSWORD,
      GALLEY_IMPORT_TIME_LIMIT: "3",
    },
  },
});
