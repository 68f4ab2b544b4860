import type { Logger } from '../../logger.js';
import type { Mailer, MailMessage } from '../../mail/mailer.js';
import type { ServiceContext } from '../shared/service-context.js';

/** What the services that send account emails need beyond the database. */
export interface MailingContext extends ServiceContext {
  mailer: Mailer;
  logger: Logger;
  /** Where people open the app: the links in emails point there (PUBLIC_URL or the listening URL). */
  appUrl(): string;
}

export const RESET_LINK_MINUTES = 60;
export const VERIFY_LINK_HOURS = 48;

export function accountLink(ctx: MailingContext, path: '/reset-password' | '/verify-email', token: string): string {
  return `${ctx.appUrl()}${path}?token=${encodeURIComponent(token)}`;
}

/**
 * Composed and sent after the request has been answered: a slow mail server never holds the
 * request, and a known address answers as fast as an unknown one (`compose` answers null when
 * there is nobody to write to). A failure is logged for the operator.
 */
export function sendInBackground(ctx: MailingContext, compose: () => Promise<MailMessage | null>): void {
  const send = async () => {
    const message = await compose();
    if (!message) return;
    await ctx.mailer.send(message).catch((error: unknown) => {
      ctx.logger.error({ err: error, to: message.to, subject: message.subject }, 'email could not be sent');
    });
  };
  void send().catch((error: unknown) => ctx.logger.error({ err: error }, 'email could not be composed'));
}
