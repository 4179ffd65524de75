import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/Alert';
import { INVALID_RESET_LINK, isResetLinkValid } from '@/lib/server/account/password-reset';
import { ResetPasswordForm } from './_components/ResetPasswordForm';

export const metadata: Metadata = { title: 'Nouveau mot de passe', referrer: 'no-referrer' };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const valid = token.length <= 200 && (await isResetLinkValid(token, new Date()));
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-6 text-3xl font-bold">Nouveau mot de passe</h1>
      {valid ? (
        <ResetPasswordForm token={token} />
      ) : (
        <>
          <Alert tone="error">{INVALID_RESET_LINK}</Alert>
          <p className="mt-6">
            <Link href="/mot-de-passe-oublie" className="text-brand-700 underline">
              Demander un nouveau lien
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
