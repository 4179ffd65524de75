import type { BilanSnapshot } from '@/lib/domain/bilan/types';
import { AnnexesSection } from './AnnexesSection';
import { FinancialSection } from './FinancialSection';
import { IntroductionSection } from './IntroductionSection';
import { QualitativeSection } from './QualitativeSection';
import { QuantitativeSection } from './QuantitativeSection';

/**
 * The read-only bilan, the same on the bilan page's preview, a validated version, a funder's page
 * and a shared link. Figures are written only through lib/domain/bilan/display.ts.
 */
export function BilanView({ snapshot }: { snapshot: BilanSnapshot }) {
  return (
    <div className="flex flex-col gap-8">
      <IntroductionSection introduction={snapshot.introduction} />
      <QuantitativeSection quantitative={snapshot.quantitative} />
      <QualitativeSection qualitative={snapshot.qualitative} />
      <FinancialSection financial={snapshot.financial} />
      <AnnexesSection annexes={snapshot.annexes} />
    </div>
  );
}
