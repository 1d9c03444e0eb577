import type { Page } from 'playwright-core';
import { expectAccessible } from '../fixtures/axe.js';

/** The header badge, the notification centre and its settings. */
export class NotificationsPage {
  constructor(private readonly page: Page) {}

  /** The unread count the header shows (0 when it shows none). */
  async badgeCount(): Promise<number> {
    const badge = this.page.getByTestId('notifications-badge');
    return (await badge.count()) === 0 ? 0 : Number(await badge.textContent());
  }

  async waitForBadge(count: number): Promise<void> {
    await this.page
      .getByTestId('notifications-badge')
      .filter({ hasText: new RegExp(`^${count}$`) })
      .waitFor();
  }

  /** Opens the settings through the centre's link, and waits for one kind's control. */
  async openSettings(settingsLink: string, kindLabel: string): Promise<void> {
    await this.page.getByTestId('notifications-link').click();
    await this.page.getByRole('link', { name: settingsLink }).click();
    await this.page.getByLabel(kindLabel, { exact: true }).waitFor();
    await expectAccessible(this.page);
  }

  /** Chooses a delivery for one kind (by its label) and saves. */
  async choose(kindLabel: string, deliveryLabel: string, savedText: string): Promise<void> {
    await this.page.getByLabel(kindLabel, { exact: true }).selectOption({ label: deliveryLabel });
    await this.page.locator('form button[type=submit]').click();
    await this.page.getByRole('status').filter({ hasText: savedText }).waitFor();
    await expectAccessible(this.page);
  }

  async openList(): Promise<void> {
    await this.page.getByTestId('notifications-link').click();
    await this.page.getByTestId('notification').first().waitFor();
    await expectAccessible(this.page);
  }

  notifications() {
    return this.page.getByTestId('notification');
  }
}
