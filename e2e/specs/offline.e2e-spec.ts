import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { APIRequestContext, Browser, Page } from 'playwright-core';
import { expectAccessible } from '../fixtures/axe.js';
import { DEMO_PASSWORD, launchBrowser, newContext } from '../fixtures/browser.js';
import { HomePage } from '../pages/home.page.js';
import { LearningPage } from '../pages/learning.page.js';
import { SignInPage } from '../pages/sign-in.page.js';

interface Unit {
  id: string;
  title: Record<string, string>;
  progress: { openedAt: string | null; completedAt: string | null } | null;
}
interface Room {
  id: string;
  kind: string;
  edition: { code: string } | null;
}

const OFFLINE_MESSAGE = 'Escrevi isto sem ligação, no autocarro.';
// Opening each unit and completing the second, offline: two writes wait (one per unit).
const PENDING_PROGRESS = '2 progressos estão guardados neste dispositivo e serão enviados quando voltar a estar online.';

const titleOf = (unit: Unit) => unit.title.pt ?? unit.title.en ?? '';

async function json<T>(api: APIRequestContext, url: string): Promise<T> {
  const response = await api.get(url);
  if (!response.ok()) throw new Error(`${url}: ${response.status()}`);
  return (await response.json()) as T;
}

async function waitForController(page: Page): Promise<void> {
  await page.waitForFunction(() => !!navigator.serviceWorker?.controller, undefined, { timeout: 20_000 });
}

describe('reading offline (issue 11)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('a participant in Portuguese reads the package, two units, the agenda and a room offline, works there, and it all arrives once', async () => {
    const context = await newContext(browser, 'pt-BR');
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    try {
      const signIn = new SignInPage(page);
      await signIn.open();
      await signIn.signIn('participant@academy.example.org', DEMO_PASSWORD);
      await new HomePage(page).currentUser().filter({ hasText: 'João Silva' }).waitFor();
      // The service worker is in charge before what is read next, so all of it is kept.
      await waitForController(page);
      // Installable on a phone's home screen, described in Portuguese (Chromium's own checks).
      expect(await page.locator('link[rel="manifest"]').getAttribute('href')).toBe('/manifest-pt.webmanifest');
      const cdp = await context.newCDPSession(page);
      const manifest = await cdp.send('Page.getAppManifest');
      expect(manifest.errors).toEqual([]);
      expect(manifest.url).toMatch(/\/manifest-pt\.webmanifest$/);
      expect(JSON.parse(manifest.data ?? '{}')).toMatchObject({ lang: 'pt', display: 'standalone', short_name: 'SSTC Academy' });
      // A Playwright context is an incognito profile, where Chromium installs nothing: the one reason allowed.
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      expect(installabilityErrors.map((error) => error.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
      await cdp.detach();

      // Online: what João opens (found through the API his browser shares).
      const api = context.request;
      const editions = await json<{ id: string; code: string }[]>(api, '/api/editions');
      const upcoming = editions.find((edition) => edition.code !== 'SSTC-2016')!;
      const pkg = await json<{ units: Unit[] }>(api, `/api/editions/${upcoming.id}/learning`);
      const [first, second] = pkg.units as [Unit, Unit];
      const rooms = await json<Room[]>(api, '/api/discussions/rooms');
      const plenary = rooms.find((room) => room.kind === 'edition' && room.edition?.code === 'SSTC-2016')!;

      const learning = new LearningPage(page);
      await page.goto(`/editions/${upcoming.id}/learning`);
      await learning.unitList().waitFor();
      for (const unit of [first, second]) {
        await learning.unitList().locator(`a[href="/learning/units/${unit.id}"]`).first().click();
        await learning
          .unitHeading()
          .filter({ hasText: titleOf(unit) })
          .waitFor();
        await page.goBack();
        await learning.unitList().waitFor();
      }
      await page.goto(`/editions/${upcoming.id}/agenda`);
      await page.getByTestId('agenda-entry').first().waitFor();
      const agendaEntries = await page.getByTestId('agenda-entry').count();
      await page.goto('/discussions');
      await page.locator(`a[href="/discussions/rooms/${plenary.id}"]`).first().click();
      await page.locator('[data-testid=room-status][data-status=live]').waitFor();
      await page.getByTestId('message').filter({ hasText: 'Foi uma semana muito rica em Turim' }).waitFor();

      // Offline, after a reload: the room as it was, read only, with the banner in Portuguese.
      await context.setOffline(true);
      await page.reload();
      await page.getByTestId('room-offline-copy').filter({ hasText: 'Sem ligação: só leitura.' }).waitFor();
      await page.getByTestId('offline-banner').filter({ hasText: 'Está sem ligação.' }).waitFor();
      await page.getByTestId('message').filter({ hasText: 'Foi uma semana muito rica em Turim' }).waitFor();
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expectAccessible(page, 'a room offline');
      // What João writes waits in the outbox.
      const composer = page.getByTestId('composer').first().locator('textarea');
      await composer.fill(OFFLINE_MESSAGE);
      await composer.press('Enter');
      await page.getByTestId('pending-message').filter({ hasText: OFFLINE_MESSAGE }).waitFor();

      // The package with his progress, both units and the agenda, each loaded afresh from the device.
      await page.goto(`/editions/${upcoming.id}/learning`);
      await learning.unitList().waitFor();
      await learning.unitList().getByText(titleOf(first)).first().waitFor();
      await expectAccessible(page, 'the package offline');
      await page.goto(`/editions/${upcoming.id}/agenda`);
      await page.getByTestId('agenda-entry').first().waitFor();
      expect(await page.getByTestId('agenda-entry').count()).toBe(agendaEntries);
      await page.goto(`/learning/units/${first.id}`);
      await learning
        .unitHeading()
        .filter({ hasText: titleOf(first) })
        .waitFor();
      await page.goto(`/learning/units/${second.id}`);
      await learning
        .unitHeading()
        .filter({ hasText: titleOf(second) })
        .waitFor();
      await learning.markCompleted('Marcar como concluída');
      await page.getByText(PENDING_PROGRESS).waitFor();
      await expectAccessible(page, 'a unit offline');

      // Back online: the progress goes at once (the note goes with it), the message when a room is open.
      await context.setOffline(false);
      await page.getByText(PENDING_PROGRESS).waitFor({ state: 'detached' });
      await page.getByTestId('offline-banner').filter({ hasText: 'Está sem ligação.' }).waitFor({ state: 'detached' });
      await page.goto(`/discussions/rooms/${plenary.id}`);
      await page.locator('[data-testid=room-status][data-status=live]').waitFor();
      await page.getByTestId('message').filter({ hasText: OFFLINE_MESSAGE }).waitFor();
      await page.getByTestId('pending-message').first().waitFor({ state: 'detached' });

      // Once each, as the server has them.
      const after = await json<{ units: Unit[] }>(api, `/api/editions/${upcoming.id}/learning`);
      const progressOf = (id: string) => after.units.find((unit) => unit.id === id)!.progress;
      expect(progressOf(second.id)?.completedAt).toBeTruthy();
      expect(progressOf(first.id)?.openedAt).toBeTruthy();
      expect(progressOf(first.id)?.completedAt).toBeNull();
      expect(after.units.filter((unit) => unit.progress?.completedAt)).toHaveLength(1);
      const messages = await json<{ messages: { body: string | null }[] }>(api, `/api/discussions/rooms/${plenary.id}/messages?limit=100`);
      expect(messages.messages.filter((message) => message.body === OFFLINE_MESSAGE)).toHaveLength(1);
      // No send is left over to repeat it later.
      expect(
        await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('sstc.outbox.') && localStorage.getItem(key) !== '[]')),
      ).toEqual([]);
      expect(await page.evaluate(() => localStorage.getItem('sstc.learning.progress-queue'))).toBe('[]');
    } finally {
      await context.close();
    }
  }, 120_000);
});
