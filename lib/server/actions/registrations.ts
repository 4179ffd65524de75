'use server';
import type { z } from 'zod';
import { cancelRegistrationSchema, registerSchema, updateRegistrationSchema } from '@/lib/schemas/registration';
import { publicAction, type PublicContext } from '@/lib/server/action';
import { consumeForm } from '@/lib/server/rate-limit';
import { cancelRegistrationByToken, updateRegistrationByToken } from '@/lib/server/registrations/manage';
import type { RegistrationOutcome } from '@/lib/server/registrations/outcome';
import { registerParticipant } from '@/lib/server/registrations/register';

// Public on purpose: registering needs no account, and the personal link's token is the credential
// for changing or cancelling. The rate limit and the honeypot guard the form. Each of these runs the
// registration's own locked transaction, with its retries and its queue per event
// (lib/server/registrations/transaction.ts): the wrapper opens none ({ transaction: false }).

async function register({ input }: PublicContext<z.output<typeof registerSchema>>): Promise<RegistrationOutcome> {
  await consumeForm(`registration:${input.eventId}:${input.email}`);
  if (input.website.trim() !== '') {
    // A robot filled the hidden field: it is told it succeeded, and nothing is written.
    const sessions = input.sessionIds.map((sessionId) => ({ sessionId, status: 'CONFIRMED' as const, rank: null }));
    return { status: 'CONFIRMED', rank: null, updated: false, sessions };
  }
  return registerParticipant(input);
}

async function updateRegistration({ input, revalidate }: PublicContext<z.output<typeof updateRegistrationSchema>>) {
  const outcome = await updateRegistrationByToken(input);
  revalidate(`/inscription/${input.token}`);
  return outcome;
}

async function cancelRegistration({ input, revalidate }: PublicContext<z.output<typeof cancelRegistrationSchema>>) {
  const outcome = await cancelRegistrationByToken(input.token);
  revalidate(`/inscription/${input.token}`);
  return outcome;
}

export const registerAction = publicAction(registerSchema, register, { transaction: false });
export const updateRegistrationAction = publicAction(updateRegistrationSchema, updateRegistration, { transaction: false });
export const cancelRegistrationAction = publicAction(cancelRegistrationSchema, cancelRegistration, { transaction: false });
