import Link from 'next/link';

/** What a signed-in person sees for a page that does not exist or is not theirs (never which). */
export default function NotFound() {
  return (
    <section aria-labelledby="not-found-title" className="rounded-lg bg-white p-6 shadow">
      <h1 id="not-found-title" className="mb-2 text-3xl font-bold">
        Page introuvable
      </h1>
      <p className="mb-3 text-slate-700">Cette page n’existe pas, ou elle appartient à une autre structure que la vôtre.</p>
      <Link href="/" className="font-medium text-brand-700 underline underline-offset-4">
        Retour au tableau de bord
      </Link>
    </section>
  );
}
