import type { Metadata } from 'next';
import Link from 'next/link';
import { de } from '@/lib/domain/format/french';
import { requireViewer } from '@/lib/server/authz';
import { listRecentDiagnostics } from '@/lib/server/queries/diagnostics';
import { DiagnosticList } from '../diagnostic/_components/DiagnosticList';

export const metadata: Metadata = { title: 'Mes diagnostics' };

/** The diagnostics already made by the current organisation (the last hundred). */
export default async function DiagnosticsPage() {
  const viewer = await requireViewer();
  const diagnostics = await listRecentDiagnostics(100);
  return (
    <section aria-labelledby="diagnostics-title" className="flex flex-col gap-4">
      <h1 id="diagnostics-title" className="text-3xl font-bold">
        Mes diagnostics
      </h1>
      <p className="text-slate-700">Les diagnostics de maturité {de(viewer.current.organisationName)}, du plus récent au plus ancien.</p>
      {diagnostics.length === 0 ? (
        <p className="rounded-lg bg-white p-6 shadow">Aucun diagnostic pour le moment.</p>
      ) : (
        <DiagnosticList diagnostics={diagnostics} />
      )}
      <p>
        <Link href="/diagnostic" className="inline-flex rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Faire un nouveau diagnostic
        </Link>
      </p>
    </section>
  );
}
