import type { Metadata } from 'next';
import { forbidden } from 'next/navigation';
import { SessionForm } from '../../_components/SessionForm';
import { newSessionValues, sessionFormOptions } from '../../_components/session-options';
import { loadProgramme } from '../../load';
import { pageId } from '@/lib/server/page-data';

export const metadata: Metadata = { title: 'Nouvelle séance' };

export default async function NewSessionPage(props: { params: Promise<{ id: string }>; searchParams: Promise<{ jour?: string }> }) {
  const [{ id }, { jour }] = await Promise.all([props.params, props.searchParams]);
  pageId(id);
  const programme = await loadProgramme(id);
  if (!programme.permissions.edit) forbidden();
  return (
    <section aria-labelledby="nouvelle-seance" className="rounded-lg bg-white p-6 shadow">
      <h2 id="nouvelle-seance" className="mb-4 text-2xl font-semibold">
        Nouvelle séance
      </h2>
      <SessionForm eventId={id} options={sessionFormOptions(programme)} values={newSessionValues(programme, jour)} />
    </section>
  );
}
