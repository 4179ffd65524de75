import 'server-only';
import { requireViewer } from '@/lib/server/authz';
import { db } from '@/lib/server/db';

/** The current organisation with its members (names, e-mails, roles: never password hashes). */
export async function getCurrentOrganisation() {
  const { current } = await requireViewer();
  const organisation = await db().organisation.findUniqueOrThrow({
    where: { id: current.organisationId },
    select: {
      id: true,
      name: true,
      kind: true,
      siret: true,
      logoType: true,
      memberships: {
        orderBy: { createdAt: 'asc' },
        select: { role: true, user: { select: { id: true, name: true, email: true } } },
      },
      invitations: {
        where: { acceptedAt: null, expiresAt: { gt: new Date() } },
        orderBy: { createdAt: 'desc' },
        select: { id: true, role: true, expiresAt: true },
      },
    },
  });
  return { ...organisation, viewerRole: current.role };
}
