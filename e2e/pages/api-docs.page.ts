import type { Page } from 'playwright-core';

/** Swagger UI at /api/docs, with whatever the browser refused or failed to run while loading it. */
export class ApiDocsPage {
  readonly problems: string[] = [];

  constructor(private readonly page: Page) {
    page.on('console', (message) => {
      if (message.type() === 'error') this.problems.push(message.text());
    });
    page.on('pageerror', (error) => this.problems.push(error.message));
  }

  async open(): Promise<void> {
    await this.page.goto('/api/docs');
    await this.page.locator('.swagger-ui .opblock').first().waitFor();
  }

  title(): Promise<string> {
    return this.page.locator('.swagger-ui .info .title').innerText();
  }

  operations(): Promise<number> {
    return this.page.locator('.swagger-ui .opblock').count();
  }
}
