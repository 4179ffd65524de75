import { partnerLogoPath, type PublicEvent } from '@/lib/domain/public';

/** Partners by name (and logo), with their site when it is a plain web address. */
export function Partners({ slug, partners }: { slug: string; partners: PublicEvent['partners'] }) {
  if (partners.length === 0) return null;
  return (
    <section aria-labelledby="partenaires" className="flex flex-col gap-3 print:break-inside-avoid">
      <h2 id="partenaires" className="text-2xl font-semibold">
        Partenaires
      </h2>
      <ul className="flex flex-wrap gap-3">
        {partners.map((partner) => (
          <li key={partner.id} className="flex flex-col items-start gap-1 rounded-lg border border-slate-200 bg-white px-3 py-2 print:border-black">
            {partner.hasLogo ? (
              // eslint-disable-next-line @next/next/no-img-element -- a small logo served by our own route
              <img src={partnerLogoPath(slug, partner.id)} alt={partner.name} className="h-12 w-auto max-w-40 object-contain" loading="lazy" />
            ) : null}
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
