import type { Metadata } from 'next';
import Link from 'next/link';
import { isLogoRefusal } from '@/lib/domain/files/image-type';
import { parisDay } from '@/lib/domain/dates';
import { getEventOverview } from '@/lib/server/queries/event-record';
import { getEventLifecycle } from '@/lib/server/queries/lifecycle';
import { AudiencesAndPartners } from './_components/AudiencesAndPartners';
import { DateWarnings } from './_components/DateWarnings';
import { LifecycleCockpit } from './_components/LifecycleCockpit';
import { PublishPanel } from './_components/PublishPanel';
import { LevelAndFormats } from './_components/LevelAndFormats';
import { LinkOutsideCoOrganisers } from './_components/LinkOutsideCoOrganisers';
import { RecordSummary } from './_components/RecordSummary';
import { VenueSection } from './_components/VenueSection';
import { pageError, pageId } from '@/lib/server/page-data';

export const metadata: Metadata = { title: 'Événement' };

const actionClass = 'inline-flex items-center rounded-md px-4 py-2 font-semibold';

type OverviewProps = { params: Promise<{ id: string }>; searchParams: Promise<{ logo?: string | string[]; refus?: string | string[] }> };

export default async function EventOverviewPage({ params, searchParams }: OverviewProps) {
  const id = pageId((await params).id);
  // The logo upload route redirects here with a refusal code (see partenaires/[partnerId]/logo).
  const { logo, refus } = await searchParams;
  const logoRefusal = typeof logo === 'string' && isLogoRefusal(refus) ? { partnerId: logo, reason: refus } : null;
  const [event, lifecycle] = await Promise.all([getEventOverview(id), getEventLifecycle(id, parisDay(new Date()))]).catch(pageError);
  return (
    <div className="flex flex-col gap-6">
      {event.canEdit || event.canDuplicate ? (
        <p className="no-print flex flex-wrap gap-3">
          {event.canEdit ? (
            <Link href={`/evenements/${event.id}/modifier`} className={`${actionClass} bg-brand-700 text-white hover:bg-brand-800`}>
              Modifier
            </Link>
          ) : null}
          {event.canDuplicate ? (
            <Link
              href={`/evenements/nouveau?dupliquer=${event.id}`}
              className={`${actionClass} border border-brand-700 bg-white text-brand-700 hover:bg-brand-50`}
            >
              Dupliquer cet événement
            </Link>
          ) : null}
        </p>
      ) : null}
      <LifecycleCockpit lifecycle={lifecycle} />
      {event.canPublish ? <PublishPanel eventId={event.id} status={event.status} publicUrl={event.publicUrl} /> : null}
      <DateWarnings warnings={event.warnings} />
      <LinkOutsideCoOrganisers eventId={event.id} matches={event.trameMatches} />
      <div className="grid items-start gap-6 lg:grid-cols-2">
        <RecordSummary event={event} />
        <div className="flex flex-col gap-6">
          <LevelAndFormats event={event} />
          <VenueSection event={event} />
          <AudiencesAndPartners event={event} logoRefusal={logoRefusal} />
        </div>
      </div>
    </div>
  );
}
