import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PDFParse } from 'pdf-parse';
import type { Browser, BrowserContext } from 'playwright-core';
import { expectAccessible } from '../fixtures/axe.js';
import { baseUrl, launchBrowser, newContext } from '../fixtures/browser.js';
import { HomePage } from '../pages/home.page.js';
import { signedInPage } from '../pages/sign-in.page.js';

const DEFAULT_RULE = { package: true, minAttendancePercent: null, generalAssessment: false };

async function signedInContext(browser: Browser, locale: string, email: string, name: string): Promise<BrowserContext> {
  const context = await newContext(browser, locale);
  await signedInPage(context, email, name);
  return context;
}

describe('certificates of participation', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('an organizer in French issues a certificate, a Spanish participant downloads it, and anyone verifies it without signing in', async () => {
    const organizer = await signedInContext(browser, 'fr-FR', 'organizer@academy.example.org', 'Giulia Rossi');
    // The organizer's profile is in English: the journey reads the page in French and switches back at the end.
    const home = new HomePage(organizer.pages()[0]!);
    await home.switchLanguage('fr');
    await organizer.pages()[0]!.waitForFunction(() => document.documentElement.lang === 'fr');
    const participant = await signedInContext(browser, 'es-ES', 'participante@academy.example.org', 'María Fernández');
    const visitor = await newContext(browser, 'pt-PT');
    const editions = (await (await organizer.request.get('/api/editions')).json()) as { id: string; code: string }[];
    const edition = editions.find((e) => e.code === 'SSTC-2016')!;
    let certificateId: string | undefined;
    try {
      // The demo accounts did not take the 2016 package: the organizer drops that requirement.
      const page = organizer.pages()[0]!;
      await page.goto(`/editions/${edition.id}/certificates`);
      await page.getByRole('heading', { name: 'Ce qu’exige une attestation' }).waitFor();
      await page.getByLabel('Le parcours de préformation terminé').uncheck();
      await page.getByRole('button', { name: 'Enregistrer les conditions' }).click();
      await page.getByText('Conditions enregistrées.').waitFor();
      await page.getByLabel('Rechercher par nom ou courriel').fill('participante@');
      const row = page.getByTestId('certificate-rows').getByRole('row', { name: /María Fernández/ });
      await row.getByRole('button', { name: 'Délivrer l’attestation de María Fernández' }).click();
      await page.getByText('Attestations délivrées : 1. Non éligibles : 0.').waitFor();
      await page.locator('tr[data-standing="issued"]', { hasText: 'María Fernández' }).getByText('Délivrée').waitFor();
      await expectAccessible(page, 'the certificates of an edition, in French');

      const own = participant.pages()[0]!;
      await own.goto(`/editions/${edition.id}`);
      const card = own.getByRole('region', { name: 'Certificado de participación' });
      const link = card.getByRole('link', { name: 'Descargar mi certificado (PDF)' });
      await link.waitFor();
      certificateId = /certificates\/([^/]+)\/pdf/.exec((await link.getAttribute('href'))!)![1];
      const code = /([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})/.exec((await card.textContent())!)![1]!;
      const [download] = await Promise.all([own.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toBe(`certificate-${code}.pdf`);
      const parser = new PDFParse({ data: new Uint8Array(await readFile((await download.path())!)) });
      const text = (await parser.getText()).text.replace(/\s+/g, ' ');
      await parser.destroy();
      expect(text).toContain('Certificado de participación');
      expect(text).toContain('María Fernández');
      expect(text).toContain('1.ª Academia de la OIT sobre Cooperación Sur-Sur y Triangular');
      expect(text).toContain(code);
      await expectAccessible(own, 'the edition page with a certificate, in Spanish');

      // Typed from the paper, in lower case without dashes, by someone who is not signed in.
      const check = await visitor.newPage();
      await check.goto('/verify');
      await check.getByLabel('Código de verificação').fill(code.toLowerCase().replaceAll('-', ' '));
      await check.getByRole('button', { name: 'Verificar' }).click();
      const verified = check.getByTestId('verified-certificate');
      await verified.getByText('Este certificado é válido.').waitFor();
      expect(await verified.textContent()).toContain('María Fernández');
      expect(await verified.textContent()).toContain('1.ª Academia da OIT sobre Cooperação Sul-Sul e Triangular');
      expect(check.url()).toContain(`/verify/${code}`);
      await expectAccessible(check, 'the public verification page, in Portuguese');
    } finally {
      // Certificates are never deleted, only revoked: the demo keeps a revoked one and its rule as it was.
      await organizer.request.put(`/api/editions/${edition.id}/certificate-rule`, { headers: { origin: baseUrl() }, data: DEFAULT_RULE });
      if (certificateId)
        await organizer.request.post(`/api/certificates/${certificateId}/revoke`, {
          headers: { origin: baseUrl() },
          data: { reason: 'Browser journey' },
        });
      await home.switchLanguage('en').catch(() => undefined);
      await organizer
        .pages()[0]!
        .waitForFunction(() => document.documentElement.lang === 'en')
        .catch(() => undefined);
      await Promise.all([organizer.close(), participant.close(), visitor.close()]);
    }
  });
});
