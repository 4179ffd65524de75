import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Alert } from '@/components/ui/Alert';
import { formatDateRange, formatDay } from '@/lib/domain/dates';
import { CATALOGUE_FORMAT_IDS } from '@/lib/domain/formats/format-ids';
import { getFormat } from '@/lib/domain/formats/formats';
import { publicEventPath } from '@/lib/domain/public/paths';
import { CALL_CLOSED_MESSAGES } from '@/lib/domain/speakers/call';
import { getPublicCall } from '@/lib/server/queries/public-call';
import { ProposalForm } from './_components/ProposalForm';

type Props = { params: Promise<{ slug: string }> };

// Whether the call is open depends on today's date: always read it fresh.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await getPublicCall((await params).slug);
  return { title: event ? `Appel à intervention — ${event.title}` : 'Appel à intervention' };
}

const FORMATS = CATALOGUE_FORMAT_IDS.map((id) => ({ id, name: getFormat(id).name }));

export default async function CallPage({ params }: Props) {
  const event = await getPublicCall((await params).slug);
  if (!event) notFound();
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <header className="flex flex-col gap-1">
        <p className="text-slate-700">
          <Link href={publicEventPath(event.slug)} className="text-brand-700 underline underline-offset-4">
            {event.title}
          </Link>
        </p>
        <h1 className="text-3xl font-bold">Proposer une intervention</h1>
        <p className="text-slate-800">
          {formatDateRange(event.startsAt, event.endsAt)}
          {event.venueName ? ` · ${event.venueName}` : ''}
        </p>
        <p className="text-sm text-slate-700">
          Organisé par {event.owner.name}.
          {event.state === 'open' && event.callClosesOn ? ` Propositions reçues jusqu’au ${formatDay(event.callClosesOn)} inclus.` : ''}
        </p>
      </header>
      {event.state === 'open' ? <ProposalForm eventId={event.id} formats={FORMATS} /> : <Alert>{CALL_CLOSED_MESSAGES[event.state]}</Alert>}
    </div>
  );
}
