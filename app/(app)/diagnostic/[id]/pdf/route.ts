import { parisDay } from '@/lib/domain/dates';
import { slugify } from '@/lib/domain/text/slug';
import { notFound } from '@/lib/server/errors';
import { renderDiagnosticPdf } from '@/lib/server/exports/diagnostic-pdf';
import { getDiagnostic } from '@/lib/server/queries/diagnostics';
import { diagnosticRoute } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

/** The diagnostic as a one-page PDF: members of its organisation only, others get 404. */
export const GET = diagnosticRoute(null, async ({ diagnosticId }) => {
  const diagnostic = await getDiagnostic(diagnosticId);
  if (!diagnostic) throw notFound('Ce diagnostic');
  const pdf = await renderDiagnosticPdf(diagnostic);
  const filename = `diagnostic-${slugify(diagnostic.territory.name)}-${parisDay(diagnostic.createdAt)}.pdf`;
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'private, no-store',
    },
  });
});
