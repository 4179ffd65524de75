import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Événement' };

// The overview is filled in by the event-record work (issue 4).
export default function EventOverviewPage() {
  return <p className="rounded-lg bg-white p-6 shadow">La fiche de l’événement arrive bientôt.</p>;
}
