import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { isVisible, type AnswerValue, type QuestionShape, type SurveyForm } from '@sstc/shared';
import { baseUrl, launchBrowser } from '../fixtures/browser.js';
import { signedInPage } from '../pages/sign-in.page.js';

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
    return signedInPage(context, email, name);
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

  it('shows survey results in the reader’s language: the survey named, countries by name, a timeline with axes', async () => {
    const page = await signedIn('organizer@academy.example.org', 'en-GB', 'Giulia Rossi');
    const api = page.request;
    // A browser says its Origin with every write; this API context does not, so it says it (a cookie without one is refused).
    const headers = { origin: baseUrl() };
    try {
      const editionId = await edition2016(page);
      // A survey of its own (from the general assessment's template, identified), so nobody was invited to it before.
      const created = await api.post(`/api/editions/${editionId}/surveys`, { headers, data: { kind: 'general_assessment', anonymous: false } });
      expect(created.status()).toBe(201);
      const general = (await created.json()) as { id: string };
      const since = Date.now();
      const sent = await api.post(`/api/surveys/${general.id}/distributions`, {
        headers,
        data: {
          audience: { cohortIds: [], statuses: ['active'], roles: ['participant'] },
          opensAt: new Date().toISOString(),
          closesAt: new Date(Date.now() + 14 * 86_400_000).toISOString(),
          reminderDays: [],
        },
      });
      expect(sent.status()).toBe(201);
      // The demo participants answer from their emailed links.
      for (const to of ['participant@academy.example.org', 'participante@academy.example.org', 'participant.en@academy.example.org']) {
        const token = (await surveyLinkFor(to, since)).split('/s/')[1]!;
        const form = (await (await api.get(`/api/survey-links/${token}`)).json()) as SurveyForm;
        const answered = await api.post(`/api/survey-links/${token}/response`, { headers, data: { answers: answersTo(form) } });
        expect(answered.status()).toBe(201);
      }
      // Kept under .data/screenshots (ignored by git) for whoever reviews the page.
      const shots = path.resolve('.data', 'screenshots');
      await mkdir(shots, { recursive: true });
      for (const [language, heading, country] of [
        ['fr', /^Résultats : Évaluation générale de l’Académie$/, 'Brésil'],
        ['es', /^Resultados: Evaluación general de la Academia$/, 'Brasil'],
      ] as const) {
        await api.patch('/api/profile', { headers, data: { language } });
        await page.goto(`/surveys/${general.id}/results`);
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        await page.locator('#dimension').selectOption('country');
        await page.locator('.bar-chart th').filter({ hasText: country }).first().waitFor();
        const timeline = page.getByTestId('response-timeline');
        expect(await timeline.locator('svg .axis').count()).toBe(2);
        expect(await timeline.locator('svg .axis-label').count()).toBeGreaterThanOrEqual(3);
        await page.screenshot({ path: path.join(shots, `survey-results-${language}.png`), fullPage: true });
        await timeline.screenshot({ path: path.join(shots, `survey-timeline-${language}.png`) });
      }
    } finally {
      await api.patch('/api/profile', { headers, data: { language: 'en' } });
      await page.context().close();
    }
  }, 90_000);
});

/** Answers a form as a participant in a hurry: the first choice, 4 on scales, "no" to yes/no, a word in text fields. */
function answersTo(form: SurveyForm): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {};
  const questions = form.survey.sections.flatMap((section) => section.questions);
  const byKey = new Map<string, QuestionShape>(questions.map((q) => [q.key, q]));
  for (const question of questions) {
    if (!isVisible(question, answers, byKey)) continue;
    if (question.type === 'single_choice') answers[question.key] = question.options[0]!.value;
    else if (question.type === 'multiple_choice') answers[question.key] = [question.options[0]!.value];
    else if (question.type === 'likert' || question.type === 'rating') answers[question.key] = 4;
    else if (question.type === 'yes_no') answers[question.key] = 'no';
    else answers[question.key] = 'Bien';
  }
  return answers;
}

/** The survey link of the newest email to `to` written since `since` (files are named <epoch-ms>-<to>.eml). */
async function surveyLinkFor(to: string, since: number, timeoutMs = 30_000): Promise<string> {
  const dir = path.join(process.env.E2E_DATA_DIR ?? '', 'mail');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith(`${to}.eml`) && Number(f.split('-')[0]) >= since).sort();
    for (const file of files.reverse()) {
      const text = (await readFile(path.join(dir, file), 'utf8'))
        .replace(/=\r?\n/g, '')
        .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
      const link = /https?:\/\/[^\s"<>]+\/s\/[A-Za-z0-9_-]+/.exec(text)?.[0];
      if (link) return link;
    }
    if (Date.now() > deadline) throw new Error(`No survey email to ${to}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}
