import type { Metadata } from 'next';
import Link from 'next/link';
import { conflictsBySession } from '@/lib/domain/programme/conflicts';
import { ConflictSummary } from './_components/ConflictSummary';
import { SessionViews } from './_components/SessionViews';
import { DaysSection, RoomsSection, SpeakersSection } from './_components/SetupSections';
import { OpenAgendaSection } from './_components/OpenAgendaSection';
import { StatusActions } from './_components/StatusActions';
import { loadProgramme } from './load';
import { pageError, pageId } from '@/lib/server/page-data';
import { getOpenAgendaView } from '@/lib/server/queries/openagenda';

export const metadata: Metadata = { title: 'Programme' };

const link = 'font-medium text-brand-700 underline underline-offset-4';

export default async function ProgrammePage(props: { params: Promise<{ id: string }>; searchParams: Promise<{ vue?: string }> }) {
  const [{ id }, { vue }] = await Promise.all([props.params, props.searchParams]);
  pageId(id);
  const [programme, openAgenda] = await Promise.all([loadProgramme(id), getOpenAgendaView(id).catch(pageError)]);
  const view = vue === 'liste' ? 'liste' : 'grille';
  const base = `/evenements/${id}/programme`;
  const views = [
    { key: 'grille', label: 'Grille par salle', href: base },
    { key: 'liste', label: 'Liste', href: `${base}?vue=liste` },
  ] as const;
  return (
    <div className="flex flex-col gap-6">
      <nav aria-label="Sur cette page" className="flex flex-wrap gap-x-5 gap-y-1">
        <a href="#seances" className={link}>Séances</a>
        <a href="#journees" className={link}>Journées</a>
        <a href="#salles" className={link}>Salles</a>
        <a href="#intervenants" className={link}>Intervenant·es</a>
        <Link href={`${base}/propositions`} className={link}>Appel à intervention</Link>
        <Link href={`${base}/imprimer`} className={link}>Version imprimable</Link>
        <a href={`${base}/pdf`} className={link}>Télécharger le PDF</a>
        <a href="#openagenda-titre" className={link}>OpenAgenda</a>
      </nav>
      <StatusActions programme={programme} />
      <OpenAgendaSection programme={programme} openAgenda={openAgenda} />
      <ConflictSummary programme={programme} />
      <section aria-labelledby="seances" className="rounded-lg bg-white p-6 shadow">
        <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
          <h2 id="seances" className="text-2xl font-semibold">
            Séances
          </h2>
          {programme.permissions.edit && programme.days.length > 0 ? (
            <Link href={`${base}/seances/nouvelle`} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
              Ajouter une séance
            </Link>
          ) : null}
        </div>
        <ul aria-label="Affichage" className="mb-4 flex gap-2">
          {views.map((option) => (
            <li key={option.key}>
              <Link
                href={option.href}
                aria-current={view === option.key ? 'page' : undefined}
                className={`inline-block rounded-md border px-3 py-1 ${view === option.key ? 'border-brand-700 bg-brand-700 text-white' : 'border-slate-400 text-slate-900 hover:bg-slate-100'}`}
              >
                {option.label}
              </Link>
            </li>
          ))}
        </ul>
        {programme.days.length === 0 ? (
          <p className="text-slate-800">
            Ajoutez d’abord une journée (<a href="#journees" className={link}>Journées</a>), puis les salles et les séances.
          </p>
        ) : (
          <SessionViews programme={programme} conflicts={conflictsBySession(programme.conflicts)} view={view} />
        )}
      </section>
      <DaysSection programme={programme} />
      <RoomsSection programme={programme} />
      <SpeakersSection programme={programme} />
    </div>
  );
}
