import { test as base, expect } from '@playwright/test';

/**
 * Every test gets a page that records console errors and any request leaving the app's origin;
 * both fail the test at its end.
 */
export const test = base.extend<{ guard: { consoleErrors: string[]; foreignRequests: string[] } }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const consoleErrors: string[] = [];
      const foreignRequests: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') consoleErrors.push(m.text());
      });
      page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
      page.context().on('request', (r) => {
        const url = r.url();
        if (/^(data|blob):/.test(url)) return;
        if (new URL(url).origin !== origin) foreignRequests.push(url);
      });
      await use({ consoleErrors, foreignRequests });
      expect(foreignRequests, 'requests outside the app origin').toEqual([]);
      expect(consoleErrors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
