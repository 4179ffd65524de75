import type { Metadata } from 'next';
import Link from 'next/link';
import { formatDate, formatDateTime, formatDay } from '@/lib/domain/dates';
import { plural } from '@/lib/domain/format/french';
import { callState, CALL_CLOSED_MESSAGES, PROPOSAL_STATUS_LABELS } from '@/lib/domain/speakers/call';
import { pageError, pageId } from '@/lib/server/page-data';
import { getProposals } from '@/lib/server/queries/proposals';
import { CallSettingsForm } from './_components/CallSettingsForm';
import { DecisionForm } from './_components/DecisionForm';

export const metadata: Metadata = { title: 'Appel à intervention' };
export const dynamic = 'force-dynamic';

const link = 'font-medium text-brand-700 underline underline-offset-4';

export default async function ProposalsPage(props: { params: Promise<{ id: string }> }) {
  const { id } = await props.params;
  pageId(id);
  const { event, permissions, proposals } = await getProposals(id).catch(pageError);
  const state = callState(event, new Date());
  const publicPath = `/e/${event.slug}/appel`;
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href={`/evenements/${id}/programme`} className={link}>
          Retour au programme
        </Link>
      </p>
      <section aria-labelledby="appel" className="flex flex-col gap-3 rounded-lg bg-white p-6 shadow">
        <h2 id="appel" className="text-2xl font-semibold">
          Appel à intervention
        </h2>
        <p className="text-slate-800">
          {state === 'open'
            ? `L’appel est ouvert${event.callClosesOn ? ` jusqu’au ${formatDay(event.callClosesOn)} inclus` : ''} : le formulaire est sur la page publique de l’événement.`
            : CALL_CLOSED_MESSAGES[state]}
        </p>
        {state === 'open' ? (
          <p>
            <a href={publicPath} className={link}>
              Voir le formulaire public
            </a>
          </p>
        ) : null}
        {permissions.decide ? <CallSettingsForm eventId={id} callOpen={event.callOpen} callClosesOn={event.callClosesOn} /> : null}
      </section>
      <section aria-labelledby="propositions" className="flex flex-col gap-3 rounded-lg bg-white p-6 shadow">
        <h2 id="propositions" className="text-2xl font-semibold">
          Propositions reçues
        </h2>
        <p className="text-slate-800">{proposals.length === 0 ? 'Aucune proposition pour l’instant.' : `${plural(proposals.length, { one: 'proposition', other: 'propositions' })}.`}</p>
        <ul className="flex flex-col gap-4">
          {proposals.map((proposal) => (
            <li key={proposal.id} className="rounded-md border border-slate-200 p-4">
              <article aria-labelledby={`proposition-${proposal.id}`} className="flex flex-col gap-2">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h3 id={`proposition-${proposal.id}`} className="text-lg font-semibold">
                    {proposal.title}
                  </h3>
                  <span className="rounded-full bg-slate-100 px-2 py-0.5 text-sm font-medium text-slate-900">{PROPOSAL_STATUS_LABELS[proposal.status]}</span>
                </div>
                <p className="text-sm text-slate-700">
                  {`${proposal.formatName} · reçue le ${formatDateTime(proposal.createdAt)}${proposal.decidedAt ? ` · décision du ${formatDate(proposal.decidedAt)}` : ''}`}
                </p>
                <p className="whitespace-pre-line">{proposal.abstract}</p>
                <ul className="text-sm text-slate-800">
                  {proposal.speakers.map((speaker) => (
                    <li key={speaker.email}>{[speaker.name, speaker.organisation, speaker.email].filter(Boolean).join(' · ')}</li>
                  ))}
                </ul>
                {proposal.constraints ? <p className="text-sm text-slate-800">{`Contraintes : ${proposal.constraints}`}</p> : null}
                {proposal.sessionId ? (
                  <p>
                    <Link href={`/evenements/${id}/programme/seances/${proposal.sessionId}`} className={link}>
                      Placer sa séance dans le programme
                    </Link>
                  </p>
                ) : null}
                {permissions.decide && !(proposal.status === 'ACCEPTED' && proposal.sessionId) ? (
                  <DecisionForm eventId={id} proposal={proposal} />
                ) : null}
              </article>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
