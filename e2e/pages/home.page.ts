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

  async switchLanguage(language: string): Promise<void> {
    await this.page.getByTestId('language-switcher').selectOption(language);
  }

  htmlLang(): Promise<string | null> {
    return this.page.locator('html').getAttribute('lang');
  }
}
