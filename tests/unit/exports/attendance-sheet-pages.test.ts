import { describe, expect, it } from 'vitest';
import { paginateRows } from '@/lib/server/attendance-sheets/paginate';

const lines = (count: number) => Array.from({ length: count }, (_, index) => index + 1);
const sizes = { firstPage: 10, nextPages: 20, reserved: 2 };

describe('attendance sheet pages', () => {
  it.each<[number, number[]]>([
    [0, [0]],
    [5, [5]],
    [8, [8]],
    [9, [9, 0]],
    [10, [10, 0]],
    [25, [10, 15]],
    [28, [10, 18]],
    [29, [10, 19, 0]],
    [50, [10, 20, 20, 0]],
  ])('%i rows fill pages of %j rows, the count line always with room', (count, expected) => {
    const pages = paginateRows(lines(count), sizes);
    expect(pages.map((page) => page.length)).toEqual(expected);
    expect(pages.flat()).toEqual(lines(count));
  });
});
