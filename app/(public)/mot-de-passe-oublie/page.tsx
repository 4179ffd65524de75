import type { Metadata } from 'next';
import Link from 'next/link';
import { RequestResetForm } from './_components/RequestResetForm';

export const metadata: Metadata = { title: 'Mot de passe oublié' };

export default function ForgottenPasswordPage() {
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-3xl font-bold">Mot de passe oublié</h1>
      <p className="mb-6 text-slate-700">
        Indiquez l’adresse e-mail de votre compte : nous vous enverrons un lien pour choisir un nouveau mot de passe, valable une heure.
      </p>
      <RequestResetForm />
      <p className="mt-6">
        <Link href="/connexion" className="text-brand-700 underline">
          Retour à la connexion
        </Link>
      </p>
    </div>
  );
}
