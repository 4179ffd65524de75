import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { Alert } from '@/components/ui/Alert';
import { getViewer } from '@/lib/server/authz';
import { SignInForm } from './_components/SignInForm';

export const metadata: Metadata = { title: 'Connexion' };

type Params = { deconnexion?: string; reinitialise?: string; confirme?: string; error?: string; code?: string };

/** Auth.js sends its errors here (pages.error): a French sentence, never its English page. */
function authError({ error, code }: Params): string | null {
  if (!error) return null;
  if (code === 'rate_limited') return 'Trop de tentatives. Réessayez dans 15 minutes.';
  if (error === 'CredentialsSignin') return 'E-mail ou mot de passe incorrect.';
  return 'La connexion n’a pas abouti. Réessayez ; si cela persiste, contactez l’équipe Trame.';
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Params> }) {
  if (await getViewer()) redirect('/');
  const params = await searchParams;
  const error = authError(params);
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-3xl font-bold">Connexion</h1>
      <p className="mb-6 text-slate-700">
        Trame aide les hubs et leurs partenaires à préparer, animer et évaluer leurs événements du numérique d’intérêt général.
      </p>
      {params.deconnexion ? (
        <div className="mb-4">
          <Alert tone="success">Vous êtes déconnecté·e.</Alert>
        </div>
      ) : null}
      {params.confirme ? (
        <div className="mb-4">
          <Alert tone="success">Votre adresse est confirmée. Connectez-vous pour commencer.</Alert>
        </div>
      ) : null}
      {params.reinitialise ? (
        <div className="mb-4">
          <Alert tone="success">Votre mot de passe a été changé. Connectez-vous avec le nouveau.</Alert>
        </div>
      ) : null}
      {error ? (
        <div className="mb-4">
          <Alert tone="error">{error}</Alert>
        </div>
      ) : null}
      <SignInForm />
      <p className="mt-4">
        <Link href="/mot-de-passe-oublie" className="text-brand-700 underline">
          Mot de passe oublié ?
        </Link>
      </p>
      <p className="mt-6">
        Pas encore de compte ?{' '}
        <Link href="/inscription" className="font-semibold text-brand-700 underline">
          Créer un compte et une structure
        </Link>
      </p>
    </div>
  );
}
