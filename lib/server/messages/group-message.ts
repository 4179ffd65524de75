import 'server-only';
import { formatDay } from '@/lib/domain/dates';
import { renderTemplate, type PlaceholderValues } from '@/lib/domain/messages/placeholders';
import { SEGMENT_LABELS, selectRecipients, type Recipient, type Segment } from '@/lib/domain/messages/segments';
import { segmentOf, type GroupMessageInput } from '@/lib/schemas/group-message';
import type { Tx } from '@/lib/server/db';
import { SafeError } from '@/lib/server/errors';
import { queueEmail, queueEmails } from '@/lib/server/mail/outbox';
import { eventPlaceholderValues, loadAudience } from '@/lib/server/messages/audience';
import { UNSUBSCRIBE_PLACEHOLDER, unsubscribeFooter } from '@/lib/server/messages/unsubscribe';

/*
 * Messages to a group: the segment rule (lib/domain/messages/segments.ts) picks the recipients, each
 * gets their own outbox message (nobody sees another's address), participants' copies carry an
 * unsubscribe link and headers (put in at delivery), and the group message keeps the count and text.
 */

export const EMPTY_SEGMENT = 'Personne ne fait partie de ce groupe : rien n’a été envoyé. Choisissez un autre groupe.';

type Composed = Pick<GroupMessageInput, 'segment' | 'sessionId' | 'day' | 'subject' | 'body'>;

/** The segment as a sentence, with its session or day; refuses a session of another event. */
async function describeSegment(tx: Tx, eventId: string, segment: Segment): Promise<string> {
  if (segment.kind === 'session') {
    const session = await tx.session.findFirst({ where: { id: segment.sessionId, eventId }, select: { title: true } });
    if (!session) throw new SafeError('Cette séance n’existe pas dans l’événement.', 'invalid');
    return `${SEGMENT_LABELS.session} : ${session.title}`;
  }
  if ('day' in segment) return `${SEGMENT_LABELS[segment.kind]} : ${formatDay(segment.day)}`;
  return SEGMENT_LABELS[segment.kind];
}

async function recipientsOf(tx: Tx, eventId: string, input: Composed) {
  const segment = segmentOf(input);
  const [label, audience] = await Promise.all([describeSegment(tx, eventId, segment), loadAudience(tx, eventId)]);
  return { segment, label, recipients: selectRecipients(segment, audience) };
}

/** One recipient's copy: placeholders filled (escaped), signature, and the unsubscribe footer for participants. */
function render(input: Composed, values: Omit<PlaceholderValues, 'nom'>, recipient: Pick<Recipient, 'name' | 'registrationId'>) {
  const all: PlaceholderValues = { ...values, nom: recipient.name };
  const text = [
    renderTemplate(input.body, all),
    '',
    `L’équipe d’organisation — ${values.organisateur}`,
    ...(recipient.registrationId ? unsubscribeFooter() : []),
  ].join('\n');
  return { subject: renderTemplate(input.subject, all), text };
}

/** How many would receive it, and the message as the first of them would read it. */
export async function previewGroupMessage(tx: Tx, eventId: string, input: Composed) {
  const [{ label, recipients }, values] = await Promise.all([recipientsOf(tx, eventId, input), eventPlaceholderValues(tx, eventId)]);
  const first = recipients[0];
  if (!first) return { label, count: 0, preview: null };
  const { subject, text } = render(input, values, first);
  return {
    label,
    count: recipients.length,
    preview: { recipientName: first.name, subject, text: text.split(UNSUBSCRIBE_PLACEHOLDER).join('[lien de désabonnement personnel]') },
  };
}

/** The same message to oneself, marked as a trial, filled for the first recipient (or oneself). */
export async function sendTestGroupMessage(tx: Tx, eventId: string, input: Composed, to: { email: string; name: string }) {
  const [{ recipients }, values] = await Promise.all([recipientsOf(tx, eventId, input), eventPlaceholderValues(tx, eventId)]);
  const sample = recipients[0] ?? { name: to.name, registrationId: null };
  const { subject, text } = render(input, values, { name: sample.name, registrationId: null });
  await queueEmail(tx, { eventId, to: to.email, subject: `[Essai] ${subject}`, text });
  return { to: to.email };
}

/** Queues one message per recipient; refuses an empty group. */
export async function sendGroupMessage(tx: Tx, eventId: string, input: Composed, sentById: string) {
  const [{ segment, label, recipients }, values] = await Promise.all([recipientsOf(tx, eventId, input), eventPlaceholderValues(tx, eventId)]);
  if (recipients.length === 0) throw new SafeError(EMPTY_SEGMENT, 'invalid');
  const message = await tx.groupMessage.create({
    data: { eventId, segment, segmentLabel: label, subject: input.subject, body: input.body, recipientCount: recipients.length, sentById },
    select: { id: true },
  });
  await queueEmails(
    tx,
    recipients.map((recipient) => ({
      eventId,
      to: recipient.email,
      ...render(input, values, recipient),
      groupMessageId: message.id,
      ...(recipient.registrationId ? { unsubscribeRegistrationId: recipient.registrationId } : {}),
    })),
  );
  return { id: message.id, count: recipients.length };
}
