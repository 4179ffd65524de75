import Link from 'next/link';

/** An unknown, replaced or revoked speaker link: say what to do, never whether a speaker exists. */
export default function SpeakerLinkNotFound() {
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4">
      <h1 className="text-3xl font-bold">Lien non valable</h1>
      <p>
        Ce lien d’intervenant·e n’est pas (ou plus) valable : l’équipe d’organisation l’a peut-être remplacé par un
        nouveau, ou retiré. Utilisez le lien du dernier courriel reçu, ou demandez-en un nouveau à l’équipe qui vous a
        invité·e.
      </p>
      <p>
        <Link href="/" className="text-brand-700 underline underline-offset-4">
          Accueil de Trame
        </Link>
      </p>
    </div>
  );
}
