// One line per figure that `npm run bench` collects into its table. Any benchmark may print it:
// BENCH_SUMMARY {"name":"…","figure":"…","target":"…","met":true|false|null}
export type SummaryRow = { name: string; figure: string; target: string; met: boolean | null };

export const SUMMARY_PREFIX = 'BENCH_SUMMARY ';

export function printSummary(row: SummaryRow): void {
  console.log(`${SUMMARY_PREFIX}${JSON.stringify(row)}`);
}

export function parseSummaries(output: string): SummaryRow[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith(SUMMARY_PREFIX))
    .map((line) => JSON.parse(line.slice(SUMMARY_PREFIX.length)) as SummaryRow);
}
