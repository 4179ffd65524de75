import type { Metadata } from 'next';
import { ProblemMain } from '@/components/errors/ProblemPage';
import { ForbiddenProblem } from '@/components/errors/messages';

export const metadata: Metadata = { title: 'Accès refusé' };

export default function Forbidden() {
  return (
    <ProblemMain>
      <ForbiddenProblem />
    </ProblemMain>
  );
}
