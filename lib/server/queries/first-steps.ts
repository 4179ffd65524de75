import 'server-only';
import { parsePendingAnswers, type DiagnosticAnswers } from '@/lib/domain/diagnostic';
import { requireViewer } from '@/lib/server/authz';
import { db } from '@/lib/server/db';

export type FirstSteps = {
  /** The anonymous diagnostic kept at sign-up, waiting for its territory (null when none, or unreadable). */
  pendingAnswers: DiagnosticAnswers | null;
  hasDiagnostic: boolean;
};

/** What a new organisation still has to do first: give its pending diagnostic a territory, or make one. */
export async function getFirstSteps(): Promise<FirstSteps> {
  const { current } = await requireViewer();
  const organisation = await db().organisation.findUniqueOrThrow({
    where: { id: current.organisationId },
    select: { pendingDiagnostic: true, _count: { select: { diagnostics: true } } },
  });
  return { pendingAnswers: parsePendingAnswers(organisation.pendingDiagnostic), hasDiagnostic: organisation._count.diagnostics > 0 };
}
