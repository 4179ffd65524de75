import 'server-only';
import type { OrganisationKindId } from '@/lib/schemas/auth';
import { FieldError } from '@/lib/server/action';
import type { Tx } from '@/lib/server/db';
import { isUniqueViolation } from '@/lib/server/unique-violation';

export const SIRET_TAKEN = 'Une structure de Trame a déjà ce SIRET. Si c’est la vôtre, demandez à ses administrateur·rices de vous inviter.';

/**
 * A new organisation row. A SIRET belongs to one organisation only (unique in the database): two
 * funders can share a name, never a SIRET, and the share picker shows it. New funders start
 * unverified (verifiedAt null) until an instance administrator checks them (scripts/verify-funder.mjs).
 */
export async function createOrganisationRow(tx: Tx, input: { organisationName: string; organisationKind: OrganisationKindId; siret?: string }) {
  const siret = input.siret || null;
  if (siret && (await tx.organisation.findUnique({ where: { siret }, select: { id: true } }))) throw new FieldError('siret', SIRET_TAKEN);
  return tx.organisation.create({ data: { name: input.organisationName, kind: input.organisationKind, siret }, select: { id: true } });
}

/** The same refusal when two sign-ups race for one SIRET (the unique index decides). */
export function siretRaceError(error: unknown): FieldError | null {
  const target = (error as { meta?: { target?: unknown } } | null)?.meta?.target;
  return isUniqueViolation(error) && JSON.stringify(target ?? '').includes('siret') ? new FieldError('siret', SIRET_TAKEN) : null;
}
