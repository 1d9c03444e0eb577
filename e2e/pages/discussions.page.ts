import type { Locator, Page } from 'playwright-core';
import { expectAccessible } from '../fixtures/axe.js';

/** The discussion rooms list and one room, as a person uses them. */
export class DiscussionsPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/discussions');
    await this.page.getByTestId('room-row').first().waitFor();
    await expectAccessible(this.page);
  }

  /** A room of one edition (the same module has a room in each edition), named by its heading. */
  roomRow(title: string, edition: string): Locator {
    return this.page
      .locator('section')
      .filter({ has: this.page.getByRole('heading', { level: 2, name: edition, exact: true }) })
      .getByTestId('room-row')
      .filter({ hasText: title });
  }

  async openRoom(title: string, edition: string): Promise<RoomView> {
    await this.roomRow(title, edition).getByRole('link', { name: title }).click();
    const room = new RoomView(this.page);
    await room.waitUntilLive();
    // Checked where a reader of a room is: at the latest messages, where the sticky composer covers nothing.
    await this.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expectAccessible(this.page);
    return room;
  }
}

export class RoomView {
  constructor(private readonly page: Page) {}

  async waitUntilLive(): Promise<void> {
    await this.page.getByTestId('composer').waitFor();
    await this.page.locator('[data-testid=room-status][data-status=live]').waitFor();
  }

  composer(): Locator {
    // The message's own field: an announcement's versions in other languages follow it.
    return this.page.getByTestId('composer').first().locator('textarea').first();
  }

  async send(text: string): Promise<void> {
    await this.composer().fill(text);
    await this.composer().press('Enter');
  }

  messages(): Locator {
    return this.page.getByTestId('message-list').getByTestId('message');
  }

  message(text: string): Locator {
    return this.messages().filter({ hasText: text });
  }

  /** The line under a message that offers, or tells about, its translation. */
  translation(text: string): Locator {
    return this.message(text).getByTestId('message-translation');
  }

  body(text: string): Locator {
    return this.message(text).getByTestId('message-body');
  }

  autoTranslate(): Locator {
    return this.page.getByTestId('auto-translate');
  }

  pending(): Locator {
    return this.page.getByTestId('pending-message');
  }

  async hide(text: string, reason: string, labels: { actions: string; hide: string }): Promise<void> {
    const message = this.message(text);
    await message.locator('summary', { hasText: labels.actions }).click();
    await message.getByRole('button', { name: labels.hide, exact: true }).click();
    const form = this.page.locator('form.message-form');
    await form.locator('input').fill(reason);
    await form.getByRole('button', { name: labels.hide, exact: true }).click();
  }
}
