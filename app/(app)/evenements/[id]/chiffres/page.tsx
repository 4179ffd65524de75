import type { Metadata } from 'next';
import { SourceCredit } from '@/components/formats/SourceCredit';
import { formatCalendarDay } from '@/lib/domain/registrations/event-days';
import { getRegistrationFigures } from '@/lib/server/queries/registration-figures';
import { AudienceTables } from './_components/AudienceTables';
import { CurveSection } from './_components/CurveSection';
import { DaysTable } from './_components/DaysTable';
import { pageError, pageId } from '@/lib/server/page-data';

export const metadata: Metadata = { title: 'Chiffres des inscriptions' };

export default async function FiguresPage({ params }: { params: Promise<{ id: string }> }) {
  const id = pageId((await params).id);
  const figures = await getRegistrationFigures(id).catch(pageError);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h2 className="text-2xl font-semibold">Chiffres des inscriptions</h2>
        <p className="text-slate-800">
          Participant·es compté·es sans les intervenant·es : {figures.presentCount} présent·e{figures.presentCount > 1 ? 's' : ''} au moins un jour,
          dont {figures.walkInCount} venu·e{figures.walkInCount > 1 ? 's' : ''} sans inscription.
        </p>
        <SourceCredit source="webinaire" className="mt-1" />
      </div>
      {figures.curve && figures.firstDay ? <CurveSection curve={figures.curve} firstDayLabel={formatCalendarDay(figures.firstDay)} /> : null}
      <DaysTable days={figures.days} />
      <AudienceTables figures={figures} />
    </div>
  );
}
