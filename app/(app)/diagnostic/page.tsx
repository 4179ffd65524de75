import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/Alert';
import { can } from '@/lib/domain/access/permissions';
import { DIAGNOSTIC_SOURCE_CREDIT } from '@/lib/domain/diagnostic';
import { isFunder, requireViewer } from '@/lib/server/authz';
import { listRecentDiagnostics } from '@/lib/server/queries/diagnostics';
import { DiagnosticForm } from './_components/DiagnosticForm';
import { DiagnosticList } from './_components/DiagnosticList';
import { de } from '@/lib/domain/format/french';

export const metadata: Metadata = { title: 'Diagnostic de maturité' };

export default async function DiagnosticPage() {
  const viewer = await requireViewer();
  const mayDiagnose = can(viewer.current.role, 'diagnostic.write', { funder: isFunder(viewer.current) });
  const recent = await listRecentDiagnostics();
  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="diagnostic-title">
        <h1 id="diagnostic-title" className="mb-2 text-3xl font-bold">
          Diagnostic de maturité du territoire
        </h1>
        <p className="max-w-3xl text-slate-700">
          Trois questions pour situer votre territoire sur trois niveaux de maturité. Le niveau indique l’objectif à
          donner à votre événement et les formats de séance à privilégier.
        </p>
        <p className="mt-1 text-sm text-slate-600">{DIAGNOSTIC_SOURCE_CREDIT}.</p>
      </section>
      {mayDiagnose ? (
        <DiagnosticForm />
      ) : (
        <Alert>Votre rôle dans {viewer.current.organisationName} permet de consulter les diagnostics, pas d’en réaliser.</Alert>
      )}
      {recent.length > 0 ? (
        <section aria-labelledby="recent-title">
          <h2 id="recent-title" className="mb-3 text-2xl font-semibold">
            Derniers diagnostics {de(viewer.current.organisationName)}
          </h2>
          <DiagnosticList diagnostics={recent} />
          <p className="mt-3">
            <Link href="/diagnostics" className="font-medium text-brand-700 underline underline-offset-4">
              Tous les diagnostics
            </Link>
          </p>
        </section>
      ) : null}
    </div>
  );
}
