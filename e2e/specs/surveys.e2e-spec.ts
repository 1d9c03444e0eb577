import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD, launchBrowser, newContext } from '../fixtures/browser.js';
import { SignInPage } from '../pages/sign-in.page.js';
import { SurveyFormPage, SurveysAdminPage } from '../pages/survey.page.js';
import { expectAccessible } from '../fixtures/axe.js';

// The 2016 edition's impact assessment has its answers already (the demo): the journey sends the upcoming edition's.
const UPCOMING_EN = /^ILO Academy on South-South and Triangular Cooperation \d{4}$/;

/** The survey link of the latest email written for `to` (the e2e server has no SMTP: .eml files). */
/** The survey link of the newest email to `to` written since `since` (files are named <epoch-ms>-<to>.eml). */
async function surveyLinkFor(to: string, since: number, timeoutMs = 30_000): Promise<string> {
  const dir = path.join(process.env.E2E_DATA_DIR ?? '', 'mail');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith(`${to}.eml`) && Number(f.split('-')[0]) >= since).sort();
    for (const file of files.reverse()) {
      // Quoted-printable: join soft line breaks, decode =XX.
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

describe('the impact assessment, end to end', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('is scheduled by an organizer, answered in Spanish from the email link, and shows in results and interviews', async () => {
    const organizerContext = await newContext(browser, 'en-GB');
    const organizer = await organizerContext.newPage();
    const participantContext = await newContext(browser, 'es-CO');
    const participant = await participantContext.newPage();
    try {
      await new SignInPage(organizer).open();
      await new SignInPage(organizer).signIn('organizer@academy.example.org', DEMO_PASSWORD);
      await organizer.getByTestId('current-user').waitFor();
      const admin = new SurveysAdminPage(organizer);
      // Other journeys may have emailed María survey links before (the pre-assessment): only a new one counts.
      const since = Date.now();
      await admin.openEdition(UPCOMING_EN);
      await admin.scheduleNewDistribution('impact_assessment', '3');
      // The form is cleared once scheduled, and the page follows the sending by itself until every email left.
      await organizer.getByTestId('new-distribution').getByRole('status').filter({ hasText: 'The sending is scheduled.' }).waitFor();
      expect(await organizer.locator('#reminder-days').inputValue()).toBe('7, 14');
      const opened = organizer.locator('[data-testid=distribution][data-status=open]').last();
      await opened
        .getByTestId('distribution-progress')
        .getByText(/^Queued: 0 · failed: 0/)
        .waitFor({ timeout: 30_000 });
      const sent =
        (await opened.getByRole('progressbar').getAttribute('aria-label')) ?? (await opened.getByTestId('distribution-progress').textContent());
      expect(sent).toMatch(/(\d+) of \1 emails sent/);

      // María reads Spanish: the emailed link opens the form in Spanish, without signing in.
      const link = await surveyLinkFor('participante@academy.example.org', since);
      const form = new SurveyFormPage(participant);
      await form.open(link);
      expect(await participant.locator('html').getAttribute('lang')).toBe('es');
      await participant.getByRole('heading', { level: 1, name: 'Evaluación de impacto: cuatro meses después de la Academia' }).waitFor();

      await form.choose('knowledge_applied', '4');
      await form.choose('sstc_knowledge', '4');
      // The draft survives a reload.
      await participant.getByTestId('draft-state').filter({ hasText: 'Borrador guardado.' }).waitFor();
      await participant.reload();
      await participant.getByTestId('survey-form').waitFor();
      expect(await form.isChosen('sstc_knowledge', '4')).toBe(true);

      await form.choose('sstc_confidence', '3');
      await form.choose('network_contacts', 'three_five');
      await form.choose('meeting_point_use', 'monthly');
      await form.choose('initiative_linked', 'yes');
      await form.choose('initiative_role', 'started');
      await form.fill('initiative_description', 'Una red de inspección laboral entre Colombia y Mozambique.');
      await form.fill('initiative_countries', 'Colombia, Mozambique, Portugal');
      await form.choose('initiative_modality', 'triangular');
      await form.choose('interview_accept', 'yes');
      // Sending with a required answer missing shows the problem in Spanish.
      await participant.getByTestId('survey-form').locator('button[type=submit]').click();
      await participant.getByText('Este campo es obligatorio.').first().waitFor();
      await form.choose('academy_contribution', '8');
      await form.submit();

      // A second visit to the same link is answered clearly.
      await participant.goto(link);
      await participant.getByTestId('survey-link-problem').waitFor();
      expect(await participant.getByTestId('survey-link-problem').getAttribute('data-problem')).toBe('survey_already_submitted');
      await expectAccessible(participant, 'a used survey link');

      await admin.openEdition(UPCOMING_EN);
      await organizer.locator('[data-testid=survey-card][data-kind=impact_assessment]').getByRole('link', { name: 'Results' }).click();
      await organizer
        .getByTestId('response-count')
        .filter({ hasText: /^1 responses/ })
        .waitFor();
      await expectAccessible(organizer);
      const linked = organizer.locator('[data-testid=question-result][data-question=initiative_linked]');
      expect(await linked.textContent()).toContain('1 answer');

      await admin.openEdition(UPCOMING_EN);
      await organizer.locator('[data-testid=survey-card][data-kind=impact_assessment]').getByRole('link', { name: 'Interviews' }).click();
      await organizer.getByTestId('interview').filter({ hasText: 'María Fernández' }).waitFor();
      await expectAccessible(organizer);
    } finally {
      await organizerContext.close();
      await participantContext.close();
    }
  });

  it('shows a clear page for an unknown link', async () => {
    const context = await newContext(browser, 'fr-SN');
    const page = await context.newPage();
    try {
      await page.goto(`/s/${'x'.repeat(43)}`);
      await page.getByTestId('survey-link-problem').waitFor();
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Ce lien ne fonctionne pas');
      await expectAccessible(page, 'an unknown survey link');
    } finally {
      await context.close();
    }
  });
});
