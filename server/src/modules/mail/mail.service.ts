import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import type { EmailTemplate, Language } from '@sstc/shared';
import { CONFIG, type Config } from '../../config/config.js';
import { emailTranslator, paragraphsOf } from '../../locales/emails.js';

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /**
   * A calendar invitation (iTIP over email): nodemailer sends it as a text/calendar alternative
   * with the method, which mail clients show with Accept/Decline, and as an .ics attachment.
   */
  icalEvent?: { method: 'REQUEST' | 'CANCEL'; filename: string; content: string };
  /** A stable Message-ID (derived from a delivery key) lets a duplicate sent after a crash be recognised. */
  messageId?: string;
  /** List-Unsubscribe and List-Unsubscribe-Post (RFC 8058 one-click). */
  headers?: Record<string, string>;
}

/** An email's unsubscribe links: the page in its text, and the address mail clients post to (one click). */
export interface UnsubscribeLink {
  page: string;
  oneClick: string;
}

/**
 * Sends through SMTP when SMTP_URL is set; otherwise writes each message as an .eml file under
 * DATA_DIR/mail (and, in development, logs its link), so every flow works on a machine without a mail server.
 */
@Injectable()
export class MailService {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter;
  private readonly mailDir: string;

  constructor(@Inject(CONFIG) private readonly config: Config) {
    this.mailDir = path.join(config.DATA_DIR, 'mail');
    this.transport = config.SMTP_URL
      ? nodemailer.createTransport(config.SMTP_URL)
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  /**
   * An email in the recipient's language. `params` fill the {{placeholders}}; a numeric `count`
   * also picks the plural form of the sentences that have one.
   */
  render(template: EmailTemplate, language: Language, params: Record<string, string>, unsubscribe?: UnsubscribeLink): Omit<OutgoingEmail, 'to'> {
    const t = emailTranslator(language);
    const count = params.count === undefined ? undefined : Number(params.count);
    // Values go through `replace`, so a param can never be read as an i18next option (lng, ns…).
    const options = { replace: { ...params, count }, count, defaultValue: '' };
    const paragraphs = paragraphsOf(template)
      .map((name) => t(`${template}.body.${name}`, options))
      .filter((line) => line.trim() !== '');
    const action = t(`${template}.action`);
    const footer = t('footer');
    const link = params.link ?? '';
    const stop = unsubscribe ? t('unsubscribe') : '';
    return {
      subject: t(`${template}.subject`, options),
      text: [...paragraphs, `${action}: ${link}`, '', footer, ...(unsubscribe ? [`${stop}: ${unsubscribe.page}`] : [])].join('\n\n'),
      html: `<!doctype html><html lang="${language}"><body style="font-family:sans-serif;line-height:1.5;color:#1a1a1a">${paragraphs
        .map((p) => `<p>${escapeHtml(p).replaceAll('\n', '<br>')}</p>`)
        .join(
          '',
        )}<p><a href="${escapeHtml(link)}" style="background:#1e4f8c;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none">${escapeHtml(action)}</a></p><p style="font-size:12px;color:#555">${escapeHtml(footer)}</p>${
        unsubscribe ? `<p style="font-size:12px"><a href="${escapeHtml(unsubscribe.page)}" style="color:#1e4f8c">${escapeHtml(stop)}</a></p>` : ''
      }</body></html>`,
      ...(unsubscribe ? { headers: { 'List-Unsubscribe': `<${unsubscribe.oneClick}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } } : {}),
    };
  }

  async send(email: OutgoingEmail): Promise<void> {
    const info = await this.transport.sendMail({ from: this.config.MAIL_FROM, ...email });
    if (this.config.SMTP_URL) return;
    await mkdir(this.mailDir, { recursive: true });
    const file = path.join(this.mailDir, `${Date.now()}-${email.to.replace(/[^a-z0-9.@_-]/gi, '_')}.eml`);
    await writeFile(file, (info as { message: Buffer }).message);
    // The link (often a single-use token) is printed only on a developer's console; elsewhere the file has it.
    const link = this.config.NODE_ENV === 'development' ? /https?:\/\/\S+/.exec(email.text)?.[0] : undefined;
    this.logger.log({ msg: 'email written', to: email.to, subject: email.subject, file, ...(link ? { link } : {}) });
  }
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
