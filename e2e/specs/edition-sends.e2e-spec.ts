import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import type { AutomaticSend } from '@sstc/shared';
import { expectAccessible } from '../fixtures/axe.js';
import { DEMO_PASSWORD, launchBrowser, newContext } from '../fixtures/browser.js';
import { HomePage } from '../pages/home.page.js';
import { SignInPage } from '../pages/sign-in.page.js';

/** With E2E_SCREENSHOTS set, the journey keeps pictures of the timeline there (for reviews and notes). */
async function keepScreenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.E2E_SCREENSHOTS;
  if (!dir) return;
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, name), fullPage: true });
}

describe("an edition's timeline of automatic sends", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('shows the organizer what will be sent, to how many and when, in English and in French, with links to each distribution', async () => {
    const context = await newContext(browser, 'en-GB');
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    page.setDefaultTimeout(15_000);
    const home = new HomePage(page);
    try {
      const signIn = new SignInPage(page);
      await signIn.open();
      await signIn.signIn('organizer@academy.example.org', DEMO_PASSWORD);
      await home.currentUser().waitFor();
      const editions = (await (await context.request.get('/api/editions')).json()) as { id: string; code: string }[];
      // The demo's upcoming edition: other journeys add editions of their own (the programme journey's E2E-2030).
      const upcoming = editions.find((edition) => edition.code.startsWith('SSTC-') && edition.code !== 'SSTC-2016')!;
      await page.goto(`/editions/${upcoming.id}`);
      await page.getByRole('navigation', { name: 'Edition' }).getByRole('link', { name: 'Automatic sends' }).click();
      await page.getByRole('heading', { level: 1, name: 'Automatic sends' }).waitFor();

      const sends = page.getByTestId('automatic-send');
      await sends.first().waitFor();
      // The pre-assessment, the pre-learning reminder before the week, the general assessment at its end, the impact assessment.
      await page.locator('[data-testid="automatic-send"][data-kind="learning_reminder"][data-status="planned"]').waitFor();
      const invitations = sends.filter({ hasText: 'General assessment: invitations' });
      expect(await invitations.getAttribute('data-status')).toBe('planned');
      await invitations.getByText(/\d+ people/).waitFor();
      // Other journeys may have added distributions of the same survey: any one row of each kind will do.
      await sends.filter({ hasText: 'Impact assessment: reminder 7 days after opening' }).first().waitFor();
      await sends.filter({ hasText: 'Impact assessment: closes' }).first().waitFor();
      await expectAccessible(page, 'the timeline of automatic sends');
      await keepScreenshot(page, 'timeline-en.png');

      // In French, the same timeline.
      await home.switchLanguage('fr');
      await page.waitForFunction(() => document.documentElement.lang === 'fr');
      await page.getByRole('heading', { level: 1, name: 'Envois automatiques' }).waitFor();
      const invitationsFr = sends.filter({ hasText: 'Évaluation générale : invitations' });
      await invitationsFr.waitFor();
      await page.getByRole('columnheader', { name: 'À qui' }).waitFor();
      await keepScreenshot(page, 'timeline-fr.png');

      // Each survey send links to its distribution.
      await invitationsFr.getByRole('link').click();
      await page.getByTestId('distributions').waitFor();
      await page.locator(`[data-testid="distribution"][data-status="scheduled"]`).first().waitFor();
    } finally {
      await home.switchLanguage('en').catch(() => undefined);
      await page.waitForFunction(() => document.documentElement.lang === 'en').catch(() => undefined);
      await context.close();
    }
  });

  it('lets the organizer put a hand-edited distribution back on the edition’s dates from its row of the timeline', async () => {
    const context = await newContext(browser, 'en-GB');
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    try {
      const signIn = new SignInPage(page);
      await signIn.open();
      await signIn.signIn('organizer@academy.example.org', DEMO_PASSWORD);
      await new HomePage(page).currentUser().waitFor();
      const origin = new URL(page.url()).origin;
      const editions = (await (await page.request.get('/api/editions')).json()) as { id: string; code: string }[];
      const upcoming = editions.find((edition) => edition.code.startsWith('SSTC-') && edition.code !== 'SSTC-2016')!;
      const timeline = (await (await page.request.get(`/api/editions/${upcoming.id}/automatic-sends`)).json()) as AutomaticSend[];
      const general = timeline.filter((send) => send.surveyKind === 'general_assessment' && send.followsEdition === true);
      const opening = general.find((send) => send.kind === 'survey_invitation')!;
      const closing = general.find((send) => send.kind === 'survey_closing' && send.distributionId === opening.distributionId)!;
      // The organizer moves the general assessment by a day on its survey page (here through the same API).
      const dayLater = (at: string) => new Date(Date.parse(at) + 86_400_000).toISOString();
      const edited = await page.request.patch(`/api/distributions/${opening.distributionId}`, {
        headers: { origin },
        data: { opensAt: dayLater(opening.at), closesAt: dayLater(closing.at) },
      });
      expect(edited.ok()).toBe(true);

      await page.goto(`/editions/${upcoming.id}/sends`);
      const row = page
        .locator('[data-testid="automatic-send"][data-kind="survey_invitation"]')
        .filter({ hasText: 'General assessment: invitations' });
      await row.getByText('Not following the edition’s dates').waitFor();
      expect(await row.locator('time').getAttribute('datetime')).toBe(dayLater(opening.at));
      await expectAccessible(page, 'the timeline with a distribution not following the edition');
      await row.getByRole('button', { name: 'Follow the edition’s dates again' }).click();

      await row.getByText('Not following the edition’s dates').waitFor({ state: 'detached' });
      await page.locator(`[data-testid="automatic-send"] time[datetime="${opening.at}"]`).first().waitFor();
      expect(await page.getByRole('button', { name: 'Follow the edition’s dates again' }).count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
