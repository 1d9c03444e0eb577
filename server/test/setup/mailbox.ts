import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
  links: string[];
  /** Raw header values by lower-case name (List-Unsubscribe, Message-ID, …). */
  headers: Record<string, string>;
  /** Every part that is not the text or HTML body; `method` is the iTIP method of a calendar part. */
  attachments: { filename?: string; contentType: string; method?: string; content: string }[];
}

/** A real SMTP peer on loopback (smtp-server) that keeps what it receives, for assertions. */
export class Mailbox {
  readonly received: ReceivedEmail[] = [];
  private readonly waiters: (() => void)[] = [];
  private server?: SMTPServer;
  port = 0;

  async start(): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, session, callback) => {
        simpleParser(stream).then(
          (mail) => {
            const text = mail.text ?? '';
            this.received.push({
              to: session.envelope.rcptTo.map((r) => r.address).join(','),
              subject: mail.subject ?? '',
              text,
              html: typeof mail.html === 'string' ? mail.html : '',
              links: [...text.matchAll(/https?:\/\/\S+/g)].map(([link]) => link),
              headers: Object.fromEntries(mail.headerLines.map((h) => [h.key, h.line.slice(h.line.indexOf(':') + 1).trim()])),
              attachments: mail.attachments.map((a) => ({
                filename: a.filename,
                contentType: a.contentType,
                method: (a.headers.get('content-type') as { params?: { method?: string } } | undefined)?.params?.method,
                content: a.content.toString('utf8'),
              })),
            });
            this.waiters.splice(0).forEach((wake) => wake());
            callback();
          },
          (error: Error) => callback(error),
        );
      },
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', () => resolve()));
    this.port = (this.server.server.address() as { port: number }).port;
    return this;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Waits until an email to `to` matching `predicate` has arrived. */
  async waitFor(to: string, predicate: (email: ReceivedEmail) => boolean = () => true, timeoutMs = 15_000): Promise<ReceivedEmail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.received.find((email) => email.to === to && predicate(email));
      if (found) return found;
      if (Date.now() > deadline)
        throw new Error(
          `No email to ${to} within ${timeoutMs} ms (received: ${this.received.map((e) => `${e.to}: ${e.subject}`).join('; ') || 'none'})`,
        );
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
