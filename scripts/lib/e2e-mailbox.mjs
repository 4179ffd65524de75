// A real, local mailbox for the e2e server (scripts/start.mjs e2e): an SMTP server on 127.0.0.1 that
// accepts every message and writes it as { to, subject, text, receivedAt } JSON in one folder, where
// the journeys read the links Trame e-mails (tests/e2e/account-links.ts). The app delivers to it as it
// would to any SMTP server (SMTP_URL), so the links are the ones a person receives.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import mailparser from 'mailparser';
import { SMTPServer } from 'smtp-server';

const { simpleParser } = mailparser;

/** Subject and plain text of a raw message (multipart included: a confirmation carries its QR code). */
export async function parseMessage(raw) {
  const mail = await simpleParser(raw);
  return { subject: mail.subject ?? '', text: (mail.text ?? '').replace(/\r\n/g, '\n'), attachments: mail.attachments.map((file) => file.filename ?? '') };
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
    // The app's mailer keeps its SMTP connections open (a pool): closing does not wait for them.
    closeTimeout: 100,
    onData(stream, session, callback) {
      const chunks = [];
      stream.on('data', (chunk) => chunks.push(chunk));
      stream.on('end', async () => {
        count += 1;
        const receivedAt = new Date().toISOString();
        const to = session.envelope.rcptTo.map((recipient) => recipient.address);
        const name = `${String(Date.now()).padStart(15, '0')}-${String(count).padStart(6, '0')}`;
        try {
          const message = { to, ...(await parseMessage(Buffer.concat(chunks))), receivedAt };
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
