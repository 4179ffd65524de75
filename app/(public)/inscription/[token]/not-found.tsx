import Link from 'next/link';
import { lostLinkNotice } from '@/lib/domain/public/mail-notices';
import { mailIsSent } from '@/lib/server/mail/delivery-mode';

/** An unknown or replaced personal link: say what to do, never whether a registration exists. */
export default function PersonalLinkNotFound() {
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4">
      <h1 className="text-3xl font-bold">Lien non valable</h1>
      <p>
        Ce lien d’inscription n’est pas (ou plus) valable. Chaque courriel envoyé contient un lien neuf qui remplace les
        précédents : utilisez celui du dernier courriel reçu.
      </p>
      <p>{lostLinkNotice(mailIsSent())}</p>
      <p>
        <Link href="/" className="text-brand-700 underline underline-offset-4">
          Accueil de Trame
        </Link>
      </p>
    </div>
  );
}
