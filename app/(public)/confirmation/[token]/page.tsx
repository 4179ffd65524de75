import type { Metadata } from 'next';
import { ConfirmAddressButton } from './_components/ConfirmAddressButton';

export const metadata: Metadata = { title: 'Confirmer mon adresse', referrer: 'no-referrer' };

// A button rather than a confirmation on opening: mail scanners that open links must not confirm.
export default async function ConfirmAddressPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-3xl font-bold">Confirmer mon adresse</h1>
      <p className="mb-6 text-slate-700">Un clic, et votre compte Trame est ouvert : vous pourrez vous connecter.</p>
      <ConfirmAddressButton token={token} />
    </div>
  );
}
