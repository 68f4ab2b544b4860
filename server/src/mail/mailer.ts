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
  send(message: MailMessage): Promise<void>;
}

// A slow or unreachable mail server must not keep a send pending for minutes (nodemailer's
// defaults allow up to ten); the failure is logged instead.
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };

function smtpMailer(url: string, from: string): Mailer {
  // Transport options beside the URL (a bare URL string would take the second argument as
  // message defaults only, dropping the timeouts).
  const transport = nodemailer.createTransport({ url, ...TIMEOUTS }, { from });
  return {
    send: async ({ to, subject, text, html }) => {
      await transport.sendMail({ to, subject, text, html });
    },
  };
}

/** A laptop install without SMTP still works: the link the person needs is in the server log. */
function logMailer(logger: Logger): Mailer {
  return {
    send: async ({ to, subject, link }) => {
      logger.warn({ to, subject, link }, `SMTP_URL is not set, so this email was not sent; open the link yourself: ${link}`);
    },
  };
}

export function createMailer(config: Config, logger: Logger): Mailer {
  return config.SMTP_URL ? smtpMailer(config.SMTP_URL, config.MAIL_FROM) : logMailer(logger);
}
