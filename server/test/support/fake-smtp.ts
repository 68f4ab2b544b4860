import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

// A real SMTP server on 127.0.0.1 that keeps what it receives: the app's nodemailer client
// talks to it exactly as to a mail provider (no TLS, no auth: a loopback relay).

export interface ReceivedMail {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
}

export interface FakeSmtp {
  /** What SMTP_URL should be. */
  url: string;
  received: ReceivedMail[];
  /**
   * The first message to `address` (whose subject matches, when given) received after the
   * first `after` messages, waiting for it up to `timeoutMs`.
   */
  waitForMail(address: string, options?: { after?: number; subject?: RegExp; timeoutMs?: number }): Promise<ReceivedMail>;
  close(): Promise<void>;
}

export async function startFakeSmtp(): Promise<FakeSmtp> {
  const received: ReceivedMail[] = [];
  const waiters = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            html: typeof mail.html === 'string' ? mail.html : '',
          });
          for (const wake of waiters) wake();
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;

  function find(address: string, after: number, subject: RegExp | undefined) {
    return received.slice(after).find((mail) => mail.to.includes(address.toLowerCase()) && (!subject || subject.test(mail.subject)));
  }

  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    waitForMail: (address, { after = 0, subject, timeoutMs = 10_000 } = {}) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const mail = find(address, after, subject);
          if (!mail) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(mail);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no mail to ${address} within ${timeoutMs} ms (received ${received.length})`));
        }, timeoutMs);
        waiters.add(check);
        check();
      }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The `token` parameter of the first link in a message that goes to `path`. */
export function linkToken(mail: ReceivedMail, path: string): string {
  const link = new RegExp(`https?://[^\\s"<>]+${path}\\?token=([A-Za-z0-9_%-]+)`).exec(mail.text);
  if (!link) throw new Error(`no ${path} link in: ${mail.text}`);
  return decodeURIComponent(link[1]!);
}
