import type { Metadata } from 'next';
import { SourceCredit } from '@/components/formats/SourceCredit';
import { getRegistrationFigures } from '@/lib/server/queries/registration-figures';
import { AudienceTables } from './_components/AudienceTables';
import { CurveSection } from './_components/CurveSection';
import { DaysTable } from './_components/DaysTable';
import { formatCalendarDate } from '@/lib/domain/dates';
import { plural } from '@/lib/domain/format/french';
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
          Participant·es compté·es sans les intervenant·es : {plural(figures.presentCount, { one: 'présent·e', other: 'présent·es' })} au moins un jour,
          dont {plural(figures.walkInCount, { one: 'venu·e', other: 'venu·es' })} sans inscription.
        </p>
        <SourceCredit source="webinaire" className="mt-1" />
      </div>
      {figures.curve && figures.firstDay ? <CurveSection curve={figures.curve} firstDayLabel={formatCalendarDate(figures.firstDay)} /> : null}
      <DaysTable days={figures.days} />
      <AudienceTables figures={figures} />
    </div>
  );
}
