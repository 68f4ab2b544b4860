import nodemailer from 'nodemailer';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The link the message is about, written to the log when no SMTP server is configured. */
  link: string;
}

export interface Mailer {
  /** True when messages really leave the machine (SMTP_URL is set). */
  readonly delivers: boolean;
  send(message: MailMessage): Promise<void>;
}

// A slow or unreachable mail server must not hold a request for minutes (nodemailer's
// defaults allow up to ten).
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };

function smtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url, { from, ...TIMEOUTS });
  return {
    delivers: true,
    send: async ({ to, subject, text, html }) => {
      await transport.sendMail({ to, subject, text, html });
    },
  };
}

/** A laptop install without SMTP still works: the link the person needs is in the server log. */
function logMailer(logger: Logger): Mailer {
  return {
    delivers: false,
    send: async ({ to, subject, link }) => {
      logger.warn({ to, subject, link }, `SMTP_URL is not set, so this email was not sent; open the link yourself: ${link}`);
    },
  };
}

export function createMailer(config: Config, logger: Logger): Mailer {
  return config.SMTP_URL ? smtpMailer(config.SMTP_URL, config.MAIL_FROM) : logMailer(logger);
}
