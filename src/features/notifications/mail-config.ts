// Whether this installation sends mail, and how. Set once at start-up from SMTP_URL and SMTP_FROM;
// without SMTP_URL notifications stay in the app and nothing is put in the mail outbox.
import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../../config/config';

interface MailConfig {
  transport: Transporter;
  from: string;
  publicUrl: string;
}

let current: MailConfig | null = null;
let publicUrl = 'http://localhost:3000';

export function configureMail(config: Pick<Config, 'SMTP_URL' | 'SMTP_FROM' | 'publicUrl'>): void {
  publicUrl = config.publicUrl;
  current = config.SMTP_URL
    ? {
        transport: nodemailer.createTransport(config.SMTP_URL),
        from: config.SMTP_FROM ?? `Zorgpost <zorgpost@${new URL(config.publicUrl).hostname}>`,
        publicUrl: config.publicUrl,
      }
    : null;
}

export function mailConfig(): MailConfig | null {
  return current;
}

export function appUrl(path = ''): string {
  return `${publicUrl}${path}`;
}
