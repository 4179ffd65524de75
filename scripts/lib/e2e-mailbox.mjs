// A real, local mailbox for the e2e server (scripts/start.mjs e2e): an SMTP server on 127.0.0.1 that
// accepts every message and writes it as { to, subject, text, receivedAt } JSON in one folder, where
// the journeys read the links Trame e-mails (tests/e2e/account-links.ts). The app delivers to it as it
// would to any SMTP server (SMTP_URL), so the links are the ones a person receives.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';

/** Just enough MIME for nodemailer's plain-text messages: encoded-word subject, QP or base64 body. */
export function parseMessage(raw) {
  const [head = '', ...rest] = raw.split('\r\n\r\n');
  const headers = head.replace(/\r\n[ \t]+/g, ' ');
  const subject = (/^Subject: (.*)$/im.exec(headers)?.[1] ?? '').replace(/=\?UTF-8\?([QB])\?([^?]*)\?=\s*/gi, (_m, kind, data) =>
    kind.toUpperCase() === 'B' ? Buffer.from(data, 'base64').toString('utf8') : decodeQuotedPrintable(data.replace(/_/g, ' ')),
  );
  const encoding = /^Content-Transfer-Encoding: (.*)$/im.exec(headers)?.[1]?.trim().toLowerCase();
  const body = rest.join('\r\n\r\n');
  const text =
    encoding === 'quoted-printable'
      ? decodeQuotedPrintable(body.replace(/=\r?\n/g, ''))
      : encoding === 'base64'
        ? Buffer.from(body, 'base64').toString('utf8')
        : body;
  return { subject, text: text.replace(/\r\n/g, '\n') };
}

function decodeQuotedPrintable(value) {
  const bytes = [];
  for (let i = 0; i < value.length; i += 1) {
    const hex = value.slice(i + 1, i + 3);
    if (value[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(value[i], 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

/**
 * Starts the mailbox, emptied, writing into `folder`. Returns the SMTP_URL to give the app and `stop`.
 * Each message is written under a temporary name then renamed: a reader never sees half a file.
 */
export async function startE2eMailbox(folder) {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks = [];
      stream.on('data', (chunk) => chunks.push(chunk));
      stream.on('end', () => {
        count += 1;
        const receivedAt = new Date().toISOString();
        const to = session.envelope.rcptTo.map((recipient) => recipient.address);
        const message = { to, ...parseMessage(Buffer.concat(chunks).toString('utf8')), receivedAt };
        const name = `${String(Date.now()).padStart(15, '0')}-${String(count).padStart(6, '0')}`;
        try {
          writeFileSync(path.join(folder, `${name}.tmp`), JSON.stringify(message, null, 2));
          renameSync(path.join(folder, `${name}.tmp`), path.join(folder, `${name}.json`));
          callback();
        } catch (error) {
          callback(error);
        }
      });
    },
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  const { port } = server.server.address();
  return {
    url: `smtp://127.0.0.1:${port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}
