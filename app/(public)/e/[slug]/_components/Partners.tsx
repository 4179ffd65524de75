import type { PublicEvent } from '@/lib/domain/public';

/** Partners by name, with their site when it is a plain web address. */
export function Partners({ partners }: { partners: PublicEvent['partners'] }) {
  if (partners.length === 0) return null;
  return (
    <section aria-labelledby="partenaires" className="flex flex-col gap-3 print:break-inside-avoid">
      <h2 id="partenaires" className="text-2xl font-semibold">
        Partenaires
      </h2>
      <ul className="flex flex-wrap gap-3">
        {partners.map((partner) => (
          <li key={partner.name} className="rounded-lg border border-slate-200 bg-white px-3 py-2 print:border-black">
            {partner.url ? (
              <a href={partner.url} className="text-brand-700 underline underline-offset-4" rel="noopener noreferrer nofollow">
                {partner.name}
              </a>
            ) : (
              partner.name
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
