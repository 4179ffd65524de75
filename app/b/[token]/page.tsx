import type { Metadata } from 'next';
import { BilanDownloads } from '@/app/(app)/bilans/_components/BilanDownloads';
import { BilanView } from '@/components/bilan/BilanView';
import { formatDate } from '@/lib/domain/dates';
import { requireBilanLink } from '@/lib/server/bilan-access';
import { pageError } from '@/lib/server/page-data';

export const dynamic = 'force-dynamic';
// A link is a secret: never indexed, never sent as a referrer to the sites it links to.
export const metadata: Metadata = { title: 'Bilan en lecture seule', robots: { index: false, follow: false }, referrer: 'no-referrer' };

/** A bilan opened through its read-only link: no account needed; a revoked or expired link is 404. */
export default async function BilanLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const version = await requireBilanLink(token).catch(pageError);
  return (
    <main id="contenu" className="mx-auto flex max-w-5xl flex-col gap-6 px-4 py-8">
      <header>
        <p className="text-sm text-slate-700">Trame · bilan en lecture seule</p>
        <h1 className="text-3xl font-bold">{version.snapshot.introduction.title}</h1>
        <p className="mt-1 text-slate-800">
          Version {version.number} validée le {formatDate(version.validatedAt)}
        </p>
      </header>
      <section aria-labelledby="exports-title" className="flex flex-col gap-3">
        <h2 id="exports-title" className="text-2xl font-semibold">
          Documents
        </h2>
        <BilanDownloads base={`/b/${token}`} kinds={['pdf', 'xlsx']} />
      </section>
      <BilanView snapshot={version.snapshot} />
    </main>
  );
}
