import { formatDate } from '@/lib/domain/dates';
import type { MemberNetworks as MemberNetworksData } from '@/lib/server/queries/network';
import { CycleEventToggle } from './CycleEventToggle';
import { LeaveNetworkButton } from './LeaveNetworkButton';
import { NetworkInvitationAnswer } from './NetworkInvitationAnswer';

/** « Ma structure »: the networks that invited it or that it joined, and its events in each cycle. */
export function MemberNetworks({ data }: { data: MemberNetworksData }) {
  if (data.invitations.length === 0 && data.networks.length === 0) return null;
  return (
    <section aria-labelledby="networks-title" className="rounded-lg bg-white p-6 shadow">
      <h2 id="networks-title" className="mb-1 text-2xl font-semibold">
        Réseaux
      </h2>
      <p className="mb-3 text-slate-700">
        Un réseau voit les chiffres cumulés des événements que vous mettez dans son cycle (ceux des bilans validés) et les réponses anonymes à
        ses questions communes, ajoutées d’office au questionnaire de ces événements. Il ne voit ni les personnes ni leurs réponses.
      </p>
      {data.invitations.map((invitation) => (
        <div key={invitation.networkId} className="mb-4 rounded-md border border-slate-200 p-3">
          <p className="mb-2">{`Le réseau « ${invitation.name} » vous invite à le rejoindre (invitation du ${formatDate(invitation.invitedAt)}).`}</p>
          {data.canAnswer ? <NetworkInvitationAnswer networkId={invitation.networkId} name={invitation.name} /> : <p className="text-sm text-slate-700">Une personne administratrice de votre structure peut répondre.</p>}
        </div>
      ))}
      {data.networks.map((network) => (
        <div key={network.networkId} className="mb-4">
          <div className="mb-2 flex flex-wrap items-start justify-between gap-2">
            <h3 className="text-lg font-semibold">{`Cycle du réseau « ${network.name} »`}</h3>
            {data.canAnswer ? <LeaveNetworkButton networkId={network.networkId} name={network.name} /> : null}
          </div>
          {network.events.length === 0 ? (
            <p>Aucun événement pour le moment.</p>
          ) : (
            <ul className="flex flex-col gap-2">
              {network.events.map((event) => (
                <li key={event.id} className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-100 pb-2">
                  <span>
                    <span className="font-semibold">{event.title}</span>
                    {` · ${formatDate(event.startsAt)} · ${event.inCycle ? 'dans le cycle' : 'hors cycle'}`}
                  </span>
                  {data.canChooseEvents ? <CycleEventToggle eventId={event.id} networkId={network.networkId} inCycle={event.inCycle} title={event.title} /> : null}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}
