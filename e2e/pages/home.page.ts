import type { Locator, Page } from 'playwright-core';

export class HomePage {
  constructor(private readonly page: Page) {}

  currentUser(): Locator {
    return this.page.getByTestId('current-user');
  }

  editionCards(): Locator {
    return this.page.getByTestId('edition-card');
  }

  editionCard(title: string): Locator {
    return this.editionCards().filter({ hasText: title });
  }

  /**
   * Signed in, the switcher also saves the profile's language: wait for that save, or a journey that
   * switches back and closes at once leaves the demo account in another language for the next one.
   */
  async switchLanguage(language: string): Promise<void> {
    const signedIn = await this.currentUser().isVisible();
    const saved = signedIn
      ? this.page.waitForResponse((response) => response.url().endsWith('/api/profile') && response.request().method() === 'PATCH')
      : undefined;
    await this.page.getByTestId('language-switcher').selectOption(language);
    const response = await saved;
    if (response && !response.ok()) throw new Error(`The profile's language was not saved: ${response.status()}`);
  }

  htmlLang(): Promise<string | null> {
    return this.page.locator('html').getAttribute('lang');
  }
}
