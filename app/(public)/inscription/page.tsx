import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { Alert } from '@/components/ui/Alert';
import { computeMaturityLevel, getLevelObjective, parseAnswersParam } from '@/lib/domain/diagnostic';
import { getViewer } from '@/lib/server/authz';
import { SignUpForm } from './_components/SignUpForm';

export const metadata: Metadata = { title: 'Créer un compte' };

type SignUpProps = { searchParams: Promise<{ reponses?: string | string[] }> };

export default async function SignUpPage({ searchParams }: SignUpProps) {
  if (await getViewer()) redirect('/');
  // The anonymous diagnostic's answers (/diagnostic-express), kept with the new organisation.
  const diagnostic = parseAnswersParam((await searchParams).reponses);
  const level = diagnostic ? computeMaturityLevel(diagnostic).level : null;
  return (
    <div className="mx-auto max-w-lg">
      <h1 className="mb-2 text-3xl font-bold">Créer un compte</h1>
      <p className="mb-6 text-slate-700">
        Créez votre compte et votre structure (hub, Mouvement associatif, collectivité…). Vous pourrez ensuite inviter vos collègues.
      </p>
      {diagnostic && level ? (
        <div className="mb-6">
          <Alert>
            Votre diagnostic (niveau {level} : {getLevelObjective(level).title.toLocaleLowerCase('fr-FR')}) sera gardé avec votre
            structure. À votre première connexion, indiquez son territoire pour l’enregistrer.
          </Alert>
        </div>
      ) : null}
      <SignUpForm diagnostic={diagnostic ?? undefined} />
      <p className="mt-6">
        Déjà un compte ?{' '}
        <Link href="/connexion" className="font-semibold text-brand-700 underline">
          Se connecter
        </Link>
      </p>
    </div>
  );
}
