import { describe, expect, it } from 'vitest';
import { compareMigrations } from '@/lib/domain/ops/migrations';

const done = (name: string) => ({ name, finished: true, rolledBack: false });

describe('compareMigrations', () => {
  it('is up to date when every committed migration finished', () => {
    expect(compareMigrations(['1_init', '2_x'], [done('1_init'), done('2_x')])).toEqual({ state: 'up-to-date' });
  });
  it('reports pending migrations in order', () => {
    expect(compareMigrations(['1_init', '2_x', '3_y'], [done('1_init')])).toEqual({ state: 'pending', names: ['2_x', '3_y'] });
  });
  it('reports a migration the code does not know (database newer than the code)', () => {
    expect(compareMigrations(['1_init'], [done('1_init'), done('9_future')])).toEqual({ state: 'unknown', names: ['9_future'] });
  });
  it('reports a failed migration before anything else', () => {
    const failed = { name: '2_x', finished: false, rolledBack: false };
    expect(compareMigrations(['1_init', '2_x'], [done('1_init'), failed, done('9_future')])).toEqual({ state: 'failed', names: ['2_x'] });
  });
  it('ignores a failed attempt that was rolled back and re-applied', () => {
    const rolledBack = { name: '2_x', finished: false, rolledBack: true };
    expect(compareMigrations(['1_init', '2_x'], [done('1_init'), rolledBack, done('2_x')])).toEqual({ state: 'up-to-date' });
  });
});
