import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { webkit } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, FIREFOX_PATH } from './scripts/browsers.mjs';

const PORT = 4173;

const chromium = { browserName: 'chromium' as const, launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] } };

function webkitPresent(): boolean {
  try {
    return existsSync(webkit.executablePath());
  } catch {
    return false;
  }
}
const hasWebKit = webkitPresent();
if (!hasWebKit) {
  console.log('[playwright] webkit project skipped: no WebKit build is installed on this machine (Playwright cannot install one here).');
}

export default defineConfig({
  testDir: 'tests-e2e',
  timeout: 5 * 60_000,
  expect: { timeout: 60_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env['CI'],
  // One retry in CI, for a fresh browser after a rare flake. The Firefox load hang (the worker imports
  // onnxruntime's .mjs and never requests the .wasm) is handled by the app's load watchdog
  // (src/app/state/model.ts), proven by tests-e2e/load-watchdog.spec.ts.
  retries: process.env['CI'] ? 1 : 0,
  reporter: process.env['CI'] ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    // Bounded, so a navigation or action that never finishes fails in minutes with its name, not at
    // the test's timeout (Playwright's default navigation timeout is none).
    navigationTimeout: 90_000,
    actionTimeout: 60_000,
    serviceWorkers: 'allow',
  },
  webServer: {
    // PC_DIST serves another build (e.g. one made before a fix, to show a test failing there).
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort${process.env['PC_DIST'] ? ` --outDir ${process.env['PC_DIST']}` : ''}`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], ...chromium } },
    {
      name: 'firefox',
      use: {
        ...devices['Desktop Firefox'],
        browserName: 'firefox',
        channel: 'moz-firefox',
        launchOptions: { executablePath: FIREFOX_PATH },
      },
    },
    {
      name: 'webgpu',
      use: {
        ...devices['Desktop Chrome'],
        browserName: 'chromium',
        launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--enable-unsafe-webgpu'] },
      },
    },
    { name: 'pixel', use: { ...devices['Pixel 7'], ...chromium } },
    { name: 'iphone', use: { ...devices['iPhone 14'], ...chromium } },
    {
      name: 'small-phone',
      use: { ...chromium, viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
    },
    ...(hasWebKit ? [{ name: 'webkit', use: { ...devices['Desktop Safari'] } }] : []),
  ],
});
