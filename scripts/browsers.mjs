// The system browsers that the e2e tests (playwright.config.ts) and the benchmarks
// (bench/lib/browser.mjs) launch: Debian's packages, never Playwright's downloads (see README).
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const FIREFOX_PATH = '/usr/bin/firefox-esr';
/** Headless Chromium on these machines: no sandbox, and nothing that reaches the network on its own. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
