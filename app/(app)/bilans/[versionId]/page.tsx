import type { Metadata } from 'next';
import Link from 'next/link';
import { formatDate } from '@/lib/domain/dates';
import { getSharedBilanVersion } from '@/lib/server/queries/bilan-shares';
import { ALL_BILAN_DOWNLOADS, BilanDownloads } from '../_components/BilanDownloads';
import { BilanView } from '@/components/bilan/BilanView';
import { pageError } from '@/lib/server/page-data';

export const metadata: Metadata = { title: 'Bilan partagé', robots: { index: false } };

/** A bilan shared with the funder, read-only (authorization: requireBilanVersionAccess). */
export default async function SharedBilanPage({ params }: { params: Promise<{ versionId: string }> }) {
  const { versionId } = await params;
  const { version, hubName } = await getSharedBilanVersion(versionId).catch(pageError);
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/" className="text-brand-700 underline underline-offset-4">
          Retour aux bilans partagés
        </Link>
      </p>
      <header>
        <p className="text-sm text-slate-700">Bilan partagé par {hubName}</p>
        <h1 className="text-3xl font-bold">{version.snapshot.introduction.title}</h1>
        <p className="mt-1 text-slate-800">
          Version {version.number} validée le {formatDate(version.validatedAt)} · lecture seule
        </p>
      </header>
      <section aria-labelledby="exports-title" className="flex flex-col gap-3">
        <h2 id="exports-title" className="text-2xl font-semibold">
          Documents
        </h2>
        <BilanDownloads
          base={`/bilans/${version.id}`}
          kinds={[...ALL_BILAN_DOWNLOADS, ...(version.snapshot.qualitative.outside ? (['hors-trame'] as const) : []), 'dossier-preuves.zip']}
        />
        <p className="max-w-3xl text-sm text-slate-700">
          Le dossier de preuves réunit le bilan validé, le compte rendu financier Cerfa, les présences par journée, le programme, le nombre
          d’attestations de présence et les feuilles d’émargement signées.
        </p>
      </section>
      <BilanView snapshot={version.snapshot} />
    </div>
  );
}
