import { humanDuration } from '../human-duration.js';
import type { MailMessage } from './mailer.js';

// The words of the account emails, plain text first (many clients show only that) and a
// simple HTML version with the same content.

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

function message(to: string, subject: string, lines: { intro: string; action: string; link: string; outro: string }): MailMessage {
  const text = `${lines.intro}\n\n${lines.action}:\n${lines.link}\n\n${lines.outro}\n\nDoppelCart`;
  const html = `<p>${escapeHtml(lines.intro)}</p>
<p><a href="${escapeHtml(lines.link)}">${escapeHtml(lines.action)}</a></p>
<p style="color:#666">${escapeHtml(lines.outro)}</p>
<p>DoppelCart</p>`;
  return { to, subject, text, html, link: lines.link };
}

export function passwordResetMessage(to: string, link: string, validSeconds: number): MailMessage {
  return message(to, 'Reset your DoppelCart password', {
    intro: 'Someone (hopefully you) asked to reset the password of your DoppelCart account.',
    action: 'Choose a new password',
    link,
    outro: `The link works once, for ${humanDuration(validSeconds)}. Resetting signs out every device. If you did not ask for this, ignore this email: your password stays as it is.`,
  });
}

export function emailVerificationMessage(to: string, link: string, validSeconds: number): MailMessage {
  return message(to, 'Confirm your email address for DoppelCart', {
    intro: 'Please confirm that this is your email address, so you can reset your password with it if you ever need to.',
    action: 'Confirm my email address',
    link,
    outro: `The link works once, for ${humanDuration(validSeconds)}. If you did not sign up for DoppelCart, ignore this email.`,
  });
}
