import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { Alert } from '@/components/ui/Alert';
import { getViewer } from '@/lib/server/authz';
import { SignInForm } from './_components/SignInForm';

export const metadata: Metadata = { title: 'Connexion' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ deconnexion?: string }> }) {
  if (await getViewer()) redirect('/');
  const { deconnexion } = await searchParams;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-3xl font-bold">Connexion</h1>
      <p className="mb-6 text-slate-700">
        Trame aide les hubs et leurs partenaires à préparer, animer et évaluer leurs événements du numérique d’intérêt général.
      </p>
      {deconnexion ? (
        <div className="mb-4">
          <Alert tone="success">Vous êtes déconnecté·e.</Alert>
        </div>
      ) : null}
      <SignInForm />
      <p className="mt-6">
        Pas encore de compte ?{' '}
        <Link href="/inscription" className="font-semibold text-brand-700 underline">
          Créer un compte et une structure
        </Link>
      </p>
    </div>
  );
}
