import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { io } from 'socket.io-client';
import type { ElectivesOverview, LearningPackage, Message, MessagePage, Report, RoomSummary } from '@sstc/shared';
import { expectAccessible } from '../fixtures/axe.js';
import { baseUrl, DEMO_PASSWORD, launchBrowser, newContext } from '../fixtures/browser.js';
import { signedInPage } from '../pages/sign-in.page.js';

async function signedIn(browser: Browser, locale: string, email: string, name: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser, locale);
  return { context, page: await signedInPage(context, email, name) };
}

describe('home: what needs each person now', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('a participant in Spanish sees her next steps change as she reads a unit and chooses her electives', async () => {
    const { context, page } = await signedIn(browser, 'es-ES', 'participante@academy.example.org', 'María Fernández');
    const chosen: { editionId: string; itemId: string }[] = [];
    try {
      const editions = (await (await context.request.get('/api/editions')).json()) as {
        id: string;
        code: string;
        phase: string;
        title: { es: string };
      }[];
      const edition = editions.find((e) => e.code !== 'SSTC-2016' && e.phase === 'pre_learning')!;
      const tasks = page.getByTestId('home-edition').filter({ hasText: edition.title.es });
      const reading = tasks.getByRole('link', { name: /^Continúe el preaprendizaje con/ });
      const before = (await reading.textContent())!;
      await tasks.getByRole('link', { name: /^Elija sus módulos optativos/ }).waitFor();
      await expectAccessible(page, 'the home of a participant, in Spanish');

      const pack = (await (await context.request.get(`/api/editions/${edition.id}/learning`)).json()) as LearningPackage;
      const done = pack.units.filter((unit) => unit.progress?.completedAt).length;
      expect(before).toContain(`(${done} de ${pack.units.length} unidades hechas`);
      await reading.click();
      await page.getByRole('button', { name: 'Marcar como completada' }).click();
      await page.getByText('Ha completado esta unidad.').waitFor();

      await page.goto('/');
      await tasks.getByRole('link', { name: new RegExp(`\\(${done + 1} de ${pack.units.length} unidades hechas`) }).waitFor();
      expect(await tasks.getByRole('link', { name: /^Continúe el preaprendizaje con/ }).textContent()).not.toBe(before);

      // One module in each block, the one with the most seats left.
      await page.goto(`/editions/${edition.id}/electives`);
      await page.getByTestId('elective-window').waitFor();
      const electives = (await (await context.request.get(`/api/editions/${edition.id}/electives`)).json()) as ElectivesOverview;
      for (const block of electives.blocks.filter((b) => !b.choice)) {
        const module = [...block.modules].sort((a, b) => b.seatsLeft - a.seatsLeft)[0]!;
        const title = module.title.es ?? module.title.en!;
        await page.getByTestId('elective-module').filter({ hasText: title }).getByRole('button', { name: 'Tomar una plaza' }).click();
        await page
          .getByRole('status')
          .filter({ hasText: `Tiene una plaza en ${title}.` })
          .waitFor();
        chosen.push({ editionId: edition.id, itemId: module.id });
      }
      await page.goto('/');
      await tasks.getByRole('link', { name: /^Continúe el preaprendizaje con/ }).waitFor();
      expect(await tasks.getByRole('link', { name: /^Elija sus módulos optativos/ }).count()).toBe(0);
    } finally {
      // Her seats go back; a completed unit stays completed (progress never goes back).
      for (const { editionId, itemId } of chosen)
        await context.request.delete(`/api/editions/${editionId}/electives/choices/${itemId}`, { headers: { origin: baseUrl() } });
      await context.close();
    }
  });

  it('a facilitator in French sees a report appear in her home as it is made', async () => {
    const { context, page } = await signedIn(browser, 'fr-FR', 'facilitator@academy.example.org', 'Aminata Diallo');
    const reporter = await newContext(browser, 'en-GB');
    const signIn = await reporter.request.post('/api/auth/sign-in', {
      headers: { origin: baseUrl() },
      data: { email: 'participant.en@academy.example.org', password: DEMO_PASSWORD },
    });
    expect(signIn.ok()).toBe(true);
    const cookie = (await reporter.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const socket = io(baseUrl(), { transports: ['websocket'], extraHeaders: { cookie, origin: baseUrl() }, forceNew: true, reconnection: false });
    const ready = new Promise<void>((resolve, reject) => {
      socket.once('session:ready', () => resolve());
      socket.once('connect_error', reject);
    });
    let reportId: string | undefined;
    try {
      await page.getByTestId('home-tasks').waitFor();
      const waiting = page.getByTestId('home-tasks').getByRole('link', { name: /^Signalements en attente dans les salons que vous modérez/ });
      const before = (await waiting.count()) ? Number(/(\d+)$/.exec((await waiting.textContent())!)![1]) : 0;
      await expectAccessible(page, 'the home of a facilitator, in French');

      // A message in a room that both the participant and the facilitator are in, written by someone else.
      const theirs = (await (await reporter.request.get('/api/discussions/rooms')).json()) as RoomSummary[];
      const moderated = new Set(
        ((await (await context.request.get('/api/discussions/rooms')).json()) as RoomSummary[]).filter((r) => r.canModerate).map((r) => r.id),
      );
      let target: Message | undefined;
      for (const room of theirs.filter((r) => moderated.has(r.id) && !r.archived)) {
        const messages = ((await (await reporter.request.get(`/api/discussions/rooms/${room.id}/messages`)).json()) as MessagePage).messages;
        target = messages.find((m) => m.author.name !== 'Kwame Mensah' && !m.hidden && !m.deletedAt);
        if (target) break;
      }
      await ready;
      const reply = (await socket.timeout(10_000).emitWithAck('message:report', { messageId: target!.id, reason: 'off_topic', note: '' })) as {
        ok: boolean;
      };
      expect(reply.ok).toBe(true);

      // No reload: the home hears it over the socket.
      await page
        .getByTestId('home-tasks')
        .getByRole('link', { name: `Signalements en attente dans les salons que vous modérez : ${before + 1}` })
        .waitFor();
      const reports = (await (await context.request.get('/api/discussions/reports')).json()) as { items: Report[] };
      reportId = reports.items.find((r) => r.message.id === target!.id)?.id;
    } finally {
      socket.disconnect();
      if (reportId)
        await context.request.post(`/api/discussions/reports/${reportId}/resolve`, {
          headers: { origin: baseUrl() },
          data: { action: 'dismiss', reason: 'Browser journey' },
        });
      await Promise.all([context.close(), reporter.close()]);
    }
  });
});
