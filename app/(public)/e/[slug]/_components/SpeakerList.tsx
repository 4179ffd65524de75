import type { PublicSpeaker } from '@/lib/domain/public';

/** Who speaks: name, role and organisation only — never contact details or gender. */
export function SpeakerList({ speakers }: { speakers: readonly PublicSpeaker[] }) {
  if (speakers.length === 0) return null;
  return (
    <section aria-labelledby="intervenants" className="flex flex-col gap-3 print:break-inside-avoid">
      <h2 id="intervenants" className="text-2xl font-semibold">
        Intervenant·es
      </h2>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {speakers.map((speaker) => (
          <li key={speaker.id} className="rounded-lg border border-slate-200 bg-white p-3 print:border-black">
            <p className="font-semibold">{speaker.name}</p>
            {speaker.role ? <p className="text-slate-800">{speaker.role}</p> : null}
            {speaker.organisation ? <p className="text-slate-700 print:text-black">{speaker.organisation}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
