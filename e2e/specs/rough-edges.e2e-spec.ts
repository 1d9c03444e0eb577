import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, DEMO_PASSWORD, launchBrowser } from '../fixtures/browser.js';
import { HomePage } from '../pages/home.page.js';
import { SignInPage } from '../pages/sign-in.page.js';

// What people met in their first hour on the demo (issue 12), on a desktop screen.
describe('rough edges, seen in the browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  async function signedIn(email: string, locale: string, name: string): Promise<Page> {
    const context = await browser.newContext({ locale, baseURL: baseUrl(), viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const signIn = new SignInPage(page);
    await signIn.open();
    await signIn.signIn(email, DEMO_PASSWORD);
    await new HomePage(page).currentUser().filter({ hasText: name }).waitFor();
    return page;
  }

  async function edition2016(page: Page): Promise<string> {
    const editions = (await (await page.request.get('/api/editions')).json()) as { id: string; code: string }[];
    return editions.find((edition) => edition.code === 'SSTC-2016')!.id;
  }

  it('shows the People table whole at 1280 px, its Actions column included', async () => {
    const page = await signedIn('organizer@academy.example.org', 'en-GB', 'Giulia Rossi');
    try {
      await page.goto(`/editions/${await edition2016(page)}/enrolments`);
      const scroll = page.locator('.table-scroll').first();
      await scroll.locator('tbody tr').first().waitFor();
      const widths = await scroll.evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth }));
      expect(widths.scroll).toBeLessThanOrEqual(widths.client);
      const withdraw = (await page
        .getByRole('button', { name: /^Withdraw/ })
        .first()
        .boundingBox())!;
      expect(withdraw.x + withdraw.width).toBeLessThanOrEqual(1280);
    } finally {
      await page.context().close();
    }
  }, 60_000);
});
