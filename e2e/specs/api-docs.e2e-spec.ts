import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { launchBrowser, newContext } from '../fixtures/browser.js';
import { ApiDocsPage } from '../pages/api-docs.page.js';

describe('the API documentation in a browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('renders every operation from the server’s own Swagger UI, with nothing refused by the content security policy', async () => {
    const context = await newContext(browser, 'en-GB');
    try {
      const docs = new ApiDocsPage(await context.newPage());
      await docs.open();
      expect(await docs.title()).toContain('SSTC Academy API');
      const declared = await docs.declaredOperations();
      expect(declared).toBeGreaterThan(50);
      expect(await docs.renderedOperations()).toBe(declared);
      expect(docs.problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
