import 'server-only';
import { attestationFileName } from '@/lib/domain/attestations/attestation-text';
import { formatCertificateDays, formatCertificateHours } from '@/lib/domain/attestations/certificate-hours';
import { isPlaceholderEmail } from '@/lib/domain/registrations/personal-data';
import type { Atomic } from '@/lib/server/action';
import { loadAttestations, type AttestationBatch, type AttestationPerson, type Signatory } from '@/lib/server/attestations/load';
import type { Tx } from '@/lib/server/db';
import { drawableLogos, renderAttestationPdf } from '@/lib/server/exports/attestation-pdf';
import { queueEmail } from '@/lib/server/mail/outbox';

/*
 * E-mailing the attestations de présence through the outbox, the PDF attached. Everyone present at
 * least once and not anonymised gets theirs once: each person is claimed by inserting their
 * AttestationDelivery row in the transaction that queues the message, so a double click, a second
 * coordinator or a retry never sends twice (the second finds the row and skips). People without a
 * real address (walk-ins added at the door, anonymised people) are left out and counted.
 * PDFs are rendered before the transaction, a few at a time, so that no transaction stays open for
 * the minutes a large event's rendering takes.
 */

const CHUNK = 20;

export type SendOutcome = { queued: number; alreadySent: number; withoutAddress: number };

function emailText(batch: AttestationBatch, person: AttestationPerson): string {
  const { event } = batch;
  return [
    `Bonjour ${person.name},`,
    '',
    `Vous trouverez ci-joint votre attestation de présence à « ${event.title} » (${event.dates}) : ${formatCertificateDays(person.certificate.halfDays)}, soit ${formatCertificateHours(person.certificate.minutes)}.`,
    '',
    'Merci de votre participation.',
    '',
    `${batch.signatory.name} — ${batch.signatory.organisation}`,
  ].join('\n');
}

export async function sendAttestations(
  reader: Tx,
  transaction: Atomic,
  eventId: string,
  options: { signatory: Signatory; now: Date; registrationId?: string },
): Promise<SendOutcome> {
  const batch = await loadAttestations(reader, eventId, options);
  const withAddress = batch.people.filter((person) => !isPlaceholderEmail(person.email));
  const claimed = new Set(
    (await reader.attestationDelivery.findMany({ where: { registrationId: { in: withAddress.map((p) => p.registrationId) } }, select: { registrationId: true } })).map(
      (row) => row.registrationId,
    ),
  );
  const pending = withAddress.filter((person) => !claimed.has(person.registrationId));
  const event = { ...batch.event, logos: pending.length > 0 ? await drawableLogos(batch.event.logos) : [] };
  let queued = 0;
  for (let start = 0; start < pending.length; start += CHUNK) {
    const chunk = pending.slice(start, start + CHUNK);
    const pdfs: Buffer[] = [];
    for (const person of chunk) pdfs.push(await renderAttestationPdf({ event, signatory: batch.signatory, issuedOn: batch.issuedOn, person }));
    queued += await transaction(
      async (tx) => {
        let count = 0;
        for (const [index, person] of chunk.entries()) {
          const won = await tx.$executeRaw`
            INSERT INTO "AttestationDelivery" ("registrationId", "queuedAt") VALUES (${person.registrationId}, ${options.now})
            ON CONFLICT DO NOTHING`;
          if (won === 0) continue;
          const outboxEmailId = await queueEmail(tx, {
            eventId,
            to: person.email,
            subject: `Votre attestation de présence — ${event.title}`,
            text: emailText(batch, person),
            attachment: { filename: attestationFileName(person.name), contentType: 'application/pdf', content: pdfs[index]!.toString('base64'), encoding: 'base64' },
          });
          await tx.attestationDelivery.update({ where: { registrationId: person.registrationId }, data: { outboxEmailId } });
          count += 1;
        }
        return count;
      },
      { timeout: 30_000, maxWait: 10_000 },
    );
  }
  return { queued, alreadySent: withAddress.length - queued, withoutAddress: batch.people.length - withAddress.length };
}
