/**
 * The rows of each page of a sheet whose blocks all have fixed heights: the first page holds
 * `firstPage` rows (its header is taller), the next ones `nextPages`. The last page must keep
 * `reserved` rows free for the count line, else the count goes on a page of its own.
 */
export function paginateRows<T>(lines: readonly T[], sizes: { firstPage: number; nextPages: number; reserved: number }): T[][] {
  const pages: T[][] = [];
  let start = 0;
  while (start < lines.length || pages.length === 0) {
    const size = Math.max(1, pages.length === 0 ? sizes.firstPage : sizes.nextPages);
    pages.push(lines.slice(start, start + size));
    start += size;
  }
  const capacity = pages.length === 1 ? sizes.firstPage : sizes.nextPages;
  if (capacity - pages.at(-1)!.length < sizes.reserved) pages.push([]);
  return pages;
}
