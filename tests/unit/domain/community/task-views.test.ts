import { describe, expect, it } from 'vitest';

import type { Stage } from '@/lib/domain/community/stages';
import { groupByStage, groupByWeek, isOverdue, overdueTasks, tasksDueThisWeek } from '@/lib/domain/community/task-views';

type Task = { id: string; stage: Stage; dueDate: string | null; done: boolean };
const task = (id: string, dueDate: string | null, overrides: Partial<Task> = {}): Task => ({
  id,
  stage: 'MOBILISER',
  dueDate,
  done: false,
  ...overrides,
});
const ids = (tasks: readonly Task[]) => tasks.map((t) => t.id);

describe('groupByStage', () => {
  it('rend les quatre étapes dans l’ordre, triées par échéance, sans date en dernier', () => {
    const groups = groupByStage([
      task('m2', '2027-01-20'),
      task('f1', '2027-03-01', { stage: 'FIDELISER' }),
      task('m-undated', null),
      task('m1', '2027-01-10'),
    ]);
    expect(groups.map((group) => [group.stage, group.label, ids(group.tasks)])).toEqual([
      ['IDENTIFIER', 'Identifier', []],
      ['MOBILISER', 'Mobiliser', ['m1', 'm2', 'm-undated']],
      ['ENGAGER', 'Engager', []],
      ['FIDELISER', 'Fidéliser', ['f1']],
    ]);
  });
});

describe('groupByWeek', () => {
  it('regroupe du lundi au dimanche, y compris à cheval sur deux années', () => {
    const { weeks, undated } = groupByWeek([
      task('jan-04', '2027-01-04'),
      task('dec-30', '2026-12-30'),
      task('undated', null),
      task('jan-02', '2027-01-02'),
      task('dec-21', '2026-12-21'),
      task('dec-28', '2026-12-28'),
    ]);
    expect(weeks.map((week) => [week.year, week.week, week.monday, week.sunday, ids(week.tasks)])).toEqual([
      [2026, 52, '2026-12-21', '2026-12-27', ['dec-21']],
      [2026, 53, '2026-12-28', '2027-01-03', ['dec-28', 'dec-30', 'jan-02']],
      [2027, 1, '2027-01-04', '2027-01-10', ['jan-04']],
    ]);
    expect(ids(undated)).toEqual(['undated']);
  });

  it('place la semaine du 30 décembre 2024 en semaine 1 de 2025', () => {
    const { weeks } = groupByWeek([task('a', '2024-12-31'), task('b', '2025-01-05')]);
    expect(weeks.map((week) => [week.year, week.week, ids(week.tasks)])).toEqual([[2025, 1, ['a', 'b']]]);
  });

  it('rend des listes vides sans tâche', () => {
    expect(groupByWeek([])).toEqual({ weeks: [], undated: [] });
  });
});

describe('en retard', () => {
  const today = '2027-01-04';

  it.each<[string, Task, boolean]>([
    ['échéance hier, pas faite', task('a', '2027-01-03'), true],
    ['échéance hier, faite', task('b', '2027-01-03', { done: true }), false],
    ['échéance aujourd’hui', task('c', today), false],
    ['échéance demain', task('d', '2027-01-05'), false],
    ['sans échéance', task('e', null), false],
    ['échéance l’an dernier', task('f', '2026-12-31'), true],
  ])('%s → %s', (_, t, expected) => {
    expect(isOverdue(t, today)).toBe(expected);
  });

  it('liste les retards du plus ancien au plus récent', () => {
    expect(ids(overdueTasks([task('a', '2027-01-03'), task('b', '2026-12-01'), task('c', today)], today))).toEqual(['b', 'a']);
  });
});

describe('tasksDueThisWeek', () => {
  const tasks = [
    task('sun-before', '2026-12-27'),
    task('mon', '2026-12-28'),
    task('fri-done', '2027-01-01', { done: true }),
    task('sun', '2027-01-03'),
    task('mon-after', '2027-01-04'),
    task('undated', null),
  ];

  it.each([
    ['2027-01-01', ['mon', 'fri-done', 'sun']], // vendredi : semaine du 28 décembre au 3 janvier
    ['2026-12-28', ['mon', 'fri-done', 'sun']], // le lundi lui-même
    ['2027-01-03', ['mon', 'fri-done', 'sun']], // le dimanche appartient encore à la semaine
    ['2027-01-04', ['mon-after']],
  ])('aujourd’hui %s → %o', (today, expected) => {
    expect(ids(tasksDueThisWeek(tasks, today))).toEqual(expected);
  });
});
