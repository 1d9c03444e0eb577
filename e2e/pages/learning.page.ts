import type { Locator, Page } from 'playwright-core';

/** The pre-learning package overview, the unit reader and the progress dashboard. */
export class LearningPage {
  constructor(private readonly page: Page) {}

  async openFromEdition(editionTitle: string, linkText: string): Promise<void> {
    await this.page.getByTestId('edition-card').filter({ hasText: editionTitle }).getByRole('link').first().click();
    await this.page.getByRole('link', { name: linkText }).click();
  }

  unitList(): Locator {
    return this.page.getByTestId('unit-list');
  }

  /** Waits until the service worker controls the page, so what is opened next is kept offline. */
  async waitForOfflineReading(): Promise<void> {
    await this.page.waitForFunction(() => !!navigator.serviceWorker?.controller, undefined, { timeout: 15_000 });
  }

  unitHeading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  async markCompleted(button: string): Promise<void> {
    await this.page.getByRole('button', { name: button }).click();
  }

  progressTable(): Locator {
    return this.page.getByTestId('progress-table');
  }
}
