import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { loadConfig, type Config } from '../../config/config.js';
import { MailService } from './mail.service.js';

describe('MailService without SMTP_URL', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sstc-mail-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const config = { ...loadConfig({ DATA_DIR: dataDir }), DATABASE_URL: 'postgres://unused' } as Config;
  const mail = new MailService(config);
  // The service logs each written file; keep the test output quiet.
  jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);

  it('writes each message as an .eml file, in the recipient language, with its link', async () => {
    const email = mail.render('password_reset', 'es', { name: 'María', expires: '1 de enero', link: 'http://localhost:3000/reset-password/abc' });
    await mail.send({ to: 'maria@example.org', ...email });
    const files = readdirSync(path.join(dataDir, 'mail'));
    expect(files).toHaveLength(1);
    const eml = readFileSync(path.join(dataDir, 'mail', files[0]!), 'utf8');
    expect(eml).toContain('To: maria@example.org');
    expect(eml).toMatch(/Subject: =\?UTF-8\?.*\?=|Subject: Restablezca/);
    expect(email.subject).toBe('Restablezca su contraseña de la Academia CSST');
    expect(email.text).toContain('http://localhost:3000/reset-password/abc');
    expect(email.html).toContain('lang="es"');
  });

  it('fills the placeholders and picks the plural form from a numeric count', () => {
    const params = { name: 'João', survey: 'Avaliação', edition: 'Academia 2016', closes: '15 de julho', link: 'http://x/s/abc' };
    expect(mail.render('survey_reminder', 'pt', { ...params, count: '1' }).text).toContain('«Avaliação» da Academia 2016. Demora cerca de 1 minuto.');
    expect(mail.render('survey_reminder', 'pt', { ...params, count: '5' }).text).toContain('Demora cerca de 5 minutos.');
    expect(mail.render('survey_reminder', 'pt', { ...params, count: '5' }).subject).toBe('Lembrete: Avaliação');
  });

  it('escapes what it puts into the HTML version', () => {
    const email = mail.render('invitation', 'en', {
      name: '<script>alert(1)</script>',
      role: 'participant',
      expires: 'soon',
      link: 'http://x/"><img>',
    });
    expect(email.html).not.toContain('<script>');
    expect(email.html).not.toContain('"><img>');
  });
});
