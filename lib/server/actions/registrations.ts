'use server';
import type { z } from 'zod';
import { cancelRegistrationSchema, registerSchema, updateRegistrationSchema } from '@/lib/schemas/registration';
import { action, revalidate } from '@/lib/server/action';
import { consumeForm } from '@/lib/server/rate-limit';
import { cancelRegistrationByToken, updateRegistrationByToken } from '@/lib/server/registrations/manage';
import type { RegistrationOutcome } from '@/lib/server/registrations/outcome';
import { registerParticipant } from '@/lib/server/registrations/register';

// Public on purpose: registering needs no account, and the personal link's token is the credential
// for changing or cancelling. No authz helper applies; the rate limit and the honeypot guard the form.

const register = action(registerSchema, async (input): Promise<RegistrationOutcome> => {
  await consumeForm(`registration:${input.eventId}:${input.email}`);
  if (input.website.trim() !== '') {
    // A robot filled the hidden field: it is told it succeeded, and nothing is written.
    const sessions = input.sessionIds.map((sessionId) => ({ sessionId, status: 'CONFIRMED' as const, rank: null }));
    return { status: 'CONFIRMED', rank: null, updated: false, sessions };
  }
  return registerParticipant(input);
});

const updateRegistration = action(updateRegistrationSchema, async (input) => {
  const outcome = await updateRegistrationByToken(input);
  revalidate(`/inscription/${input.token}`);
  return outcome;
});

const cancelRegistration = action(cancelRegistrationSchema, async (input) => {
  const outcome = await cancelRegistrationByToken(input.token);
  revalidate(`/inscription/${input.token}`);
  return outcome;
});

export async function registerAction(input: z.input<typeof registerSchema>) {
  return register(input);
}

export async function updateRegistrationAction(input: z.input<typeof updateRegistrationSchema>) {
  return updateRegistration(input);
}

export async function cancelRegistrationAction(input: z.input<typeof cancelRegistrationSchema>) {
  return cancelRegistration(input);
}
