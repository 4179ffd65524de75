import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getViewer } from '@/lib/server/authz';
import { SignUpForm } from './_components/SignUpForm';

export const metadata: Metadata = { title: 'Créer un compte' };

export default async function SignUpPage() {
  if (await getViewer()) redirect('/');
  return (
    <div className="mx-auto max-w-lg">
      <h1 className="mb-2 text-3xl font-bold">Créer un compte</h1>
      <p className="mb-6 text-slate-700">
        Créez votre compte et votre structure (hub, Mouvement associatif, collectivité…). Vous pourrez ensuite inviter vos collègues.
      </p>
      <SignUpForm />
      <p className="mt-6">
        Déjà un compte ?{' '}
        <Link href="/connexion" className="font-semibold text-brand-700 underline">
          Se connecter
        </Link>
      </p>
    </div>
  );
}
