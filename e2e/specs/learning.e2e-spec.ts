import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { baseUrl, DEMO_PASSWORD, launchBrowser, newContext } from '../fixtures/browser.js';
import { HomePage } from '../pages/home.page.js';
import { LearningPage } from '../pages/learning.page.js';
import { SignInPage } from '../pages/sign-in.page.js';
import { expectAccessible } from '../fixtures/axe.js';

// The upcoming demo edition is in pre-learning; its title carries the year.
const UPCOMING_EN = /ILO Academy on South-South and Triangular Cooperation \d{4}/;

describe('pre-learning through the real interface', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
    // State through the API: the organizer creates the upcoming edition's pre-assessment and sends it now.
    const organizer = await newContext(browser, 'en-GB');
    try {
      const api = organizer.request;
      const signedIn = await api.post('/api/auth/sign-in', { data: { email: 'organizer@academy.example.org', password: DEMO_PASSWORD } });
      if (signedIn.status() !== 200) throw new Error(`organizer sign-in: ${signedIn.status()}`);
      const editions = (await (await api.get('/api/editions')).json()) as { id: string; code: string }[];
      const upcoming = editions.find((edition) => edition.code !== 'SSTC-2016')!;
      // A browser sends its Origin with every write; this API context does not, so it says it (the server refuses a cookie without one).
      const headers = { origin: baseUrl() };
      const created = await api.post(`/api/editions/${upcoming.id}/learning/pre-assessment`, { headers });
      const { surveyId } = (await created.json()) as { surveyId: string };
      const sent = await api.post(`/api/surveys/${surveyId}/distributions`, {
        headers,
        data: {
          audience: { cohortIds: [], statuses: ['active'], roles: ['participant'] },
          opensAt: new Date().toISOString(),
          closesAt: new Date(Date.now() + 14 * 86_400_000).toISOString(),
          reminderDays: [],
        },
      });
      if (sent.status() !== 201) throw new Error(`pre-assessment not sent: ${sent.status()} ${await sent.text()}`);
    } finally {
      await organizer.close();
    }
  });
  afterAll(async () => {
    await browser.close();
  });

  it('lets a participant open and complete units, also offline, and shows what is next', async () => {
    const context = await newContext(browser, 'en-GB');
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    try {
      const signIn = new SignInPage(page);
      await signIn.open();
      await signIn.signIn('participant.en@academy.example.org', DEMO_PASSWORD);
      const home = new HomePage(page);
      await home.currentUser().filter({ hasText: 'Kwame Mensah' }).waitFor();
      await home.editionCards().filter({ hasText: UPCOMING_EN }).getByRole('link').first().click();
      await page.getByRole('link', { name: 'Pre-learning package' }).click();

      const learning = new LearningPage(page);
      await page.getByText('0 of 15 units completed').waitFor();
      await expectAccessible(page);
      await learning.waitForOfflineReading();
      await page.getByRole('link', { name: 'Start with “Welcome: how this package works”' }).click();
      await learning.unitHeading().filter({ hasText: 'Welcome: how this package works' }).waitFor();
      await learning.markCompleted('Mark as completed');
      await page.getByText('You have completed this unit.').waitFor();
      await expectAccessible(page);

      // The next unit, opened online, stays readable offline; completing it offline is kept and sent later.
      await page.getByRole('link', { name: 'Next unit' }).click();
      await learning.unitHeading().filter({ hasText: 'Sustainable Development Goals and SSTC' }).waitFor();
      await page.getByText('Key questions').waitFor();
      await context.setOffline(true);
      await page.reload();
      await learning.unitHeading().filter({ hasText: 'Sustainable Development Goals and SSTC' }).waitFor();
      expect(await page.locator('.unit-body strong').first().textContent()).toBe('17 Sustainable Development Goals');
      await learning.markCompleted('Mark as completed');
      await page.getByText('1 progress update is saved on this device and will be sent when you are back online.').waitFor();
      await context.setOffline(false);
      await page.getByText('1 progress update is saved on this device').waitFor({ state: 'detached' });

      await page.getByRole('link', { name: 'Next unit' }).click();
      await learning.unitHeading().filter({ hasText: 'South-South Cooperation and the Sustainable Development Goals' }).waitFor();
      await learning.markCompleted('Mark as completed');
      await page.getByText('You have completed this unit.').waitFor();
      await page.getByRole('link', { name: 'Back to the package' }).click();
      await page.getByText('3 of 15 units completed').waitFor();
      await page.getByRole('link', { name: /^Continue with “Triangular cooperation: good practices”$/ }).waitFor();

      // The pre-assessment of needs, answered from the package (survey engine's form).
      const packageUrl = page.url();
      await page.getByRole('button', { name: 'Answer the pre-assessment' }).click();
      const form = page.getByTestId('survey-form');
      await form.waitFor();
      await expectAccessible(page, 'the pre-assessment form');
      for (const question of await form.locator('fieldset[data-question]').all()) {
        const key = await question.getAttribute('data-question');
        const choice = key === 'knowledge_mm1' ? question.locator('input[value="2"]') : question.locator('input').first();
        await choice.check();
      }
      await form.locator('textarea[name="needs_mm1"]').fill('Examples of SSTC projects run by employers’ organizations in West Africa');
      await form.getByRole('button', { name: 'Send my answers' }).click();
      await page.getByTestId('survey-thanks').waitFor();
      await page.goto(packageUrl);
      await page.getByText('Thank you: your answers to the pre-assessment are with the facilitators.').waitFor();
    } finally {
      await context.close();
    }
  }, 90_000);

  it('shows the facilitator the participant’s progress on their module', async () => {
    const context = await newContext(browser, 'fr-SN');
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    try {
      const signIn = new SignInPage(page);
      await signIn.open();
      await signIn.signIn('facilitator@academy.example.org', DEMO_PASSWORD);
      const home = new HomePage(page);
      await home.currentUser().filter({ hasText: 'Aminata Diallo' }).waitFor();
      await home
        .editionCards()
        .filter({ hasText: /coopération Sud-Sud et triangulaire \d{4}/ })
        .getByRole('link')
        .first()
        .click();
      await page.getByRole('link', { name: 'Module de pré-apprentissage' }).click();
      await page.getByRole('link', { name: 'Progression du pré-apprentissage' }).click();
      const learning = new LearningPage(page);
      // It opens on the participants the facilitator follows, not on an empty list.
      await learning.progressTable().getByRole('row').filter({ hasText: 'Kwame Mensah' }).waitFor();
      await page
        .getByLabel('Module')
        .selectOption({ label: 'Module obligatoire 1: La coopération Sud-Sud et les objectifs de développement durable' });
      const row = learning.progressTable().getByRole('row').filter({ hasText: 'Kwame Mensah' });
      await row.filter({ hasText: '1 sur 1 (100 %)' }).waitFor();
      await expectAccessible(page);
      expect(await row.locator('.badge').textContent()).toBe('Terminé');
      expect(await learning.progressTable().getByRole('row').filter({ hasText: 'João Silva' }).locator('.badge').textContent()).toBe('Pas commencé');
      const csv = await page.request.get((await page.getByRole('link', { name: 'Exporter en CSV' }).getAttribute('href'))!);
      expect(csv.status()).toBe(200);
      expect(await csv.text()).toContain('Kwame Mensah');

      // The needs of the module, from the pre-assessment.
      await page.goBack();
      await page.getByRole('link', { name: 'Besoins des participants' }).click();
      const module = page.getByTestId('module-needs').filter({ hasText: 'Module obligatoire 1:' });
      await module.getByText('Examples of SSTC projects run by employers’ organizations in West Africa').waitFor();
      await expectAccessible(page);
      expect(await module.getByText('Kwame Mensah · English').count()).toBe(1);
      const english = module.getByRole('row').filter({ hasText: 'English' });
      expect(await english.locator('th').textContent()).toBe('English');
      // Drawn as a stacked bar; the numbers are in the cell for screen readers.
      expect(await english.locator('.stacked .visually-hidden').textContent()).toBe('0 / 1 / 0 / 0 / 0');
      expect(await english.locator('.stacked-segment').count()).toBe(1);
    } finally {
      await context.close();
    }
  }, 90_000);
});
