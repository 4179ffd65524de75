import {
  addCalendarDays,
  isoWeekOf,
  startOfIsoWeek,
  type CalendarDate,
} from '@/lib/domain/dates';

import { STAGE_LABELS, STAGES, type Stage } from './stages';

/*
 * Vues de la liste de tâches. Toutes reçoivent « aujourd'hui » (jour de Paris, voir parisDay)
 * au lieu de lire l'horloge, pour rester testables.
 */
export type TaskLike = {
  readonly stage: Stage;
  readonly dueDate: CalendarDate | null;
  readonly done: boolean;
};

/** Par échéance croissante, les tâches sans date à la fin ; ordre d'entrée conservé à égalité. */
export function byDueDate(a: TaskLike, b: TaskLike): number {
  if (a.dueDate === b.dueDate) return 0;
  if (a.dueDate === null) return 1;
  if (b.dueDate === null) return -1;
  return a.dueDate < b.dueDate ? -1 : 1;
}

export type StageGroup<T> = { readonly stage: Stage; readonly label: string; readonly tasks: T[] };

/** Les quatre étapes dans l'ordre, même vides. */
export function groupByStage<T extends TaskLike>(tasks: readonly T[]): StageGroup<T>[] {
  return STAGES.map((stage) => ({
    stage,
    label: STAGE_LABELS[stage],
    tasks: tasks.filter((task) => task.stage === stage).sort(byDueDate),
  }));
}

export type WeekGroup<T> = {
  /** Année et numéro de semaine ISO : la semaine du 1er janvier 2027 est « 2026-S53 ». */
  readonly year: number;
  readonly week: number;
  readonly monday: CalendarDate;
  readonly sunday: CalendarDate;
  readonly tasks: T[];
};

/** Semaines du lundi au dimanche, chronologiques ; seules les semaines qui ont des tâches. */
export function groupByWeek<T extends TaskLike>(tasks: readonly T[]): { weeks: WeekGroup<T>[]; undated: T[] } {
  const weeks = new Map<CalendarDate, WeekGroup<T>>();
  const undated: T[] = [];
  for (const task of [...tasks].sort(byDueDate)) {
    if (task.dueDate === null) {
      undated.push(task);
      continue;
    }
    const monday = startOfIsoWeek(task.dueDate);
    const group = weeks.get(monday) ?? { ...isoWeekOf(monday), monday, sunday: addCalendarDays(monday, 6), tasks: [] };
    group.tasks.push(task);
    weeks.set(monday, group);
  }
  return { weeks: [...weeks.values()], undated };
}

/** En retard : pas faite, et l'échéance est passée (la veille ou avant). */
export function isOverdue(task: TaskLike, today: CalendarDate): boolean {
  return !task.done && task.dueDate !== null && task.dueDate < today;
}

export function overdueTasks<T extends TaskLike>(tasks: readonly T[], today: CalendarDate): T[] {
  return tasks.filter((task) => isOverdue(task, today)).sort(byDueDate);
}

/**
 * Bloc « cette semaine » : échéance entre le lundi et le dimanche de la semaine d'aujourd'hui.
 * Les tâches faites restent visibles (cochées) ; les retards des semaines passées sont dans overdueTasks.
 */
export function tasksDueThisWeek<T extends TaskLike>(tasks: readonly T[], today: CalendarDate): T[] {
  const monday = startOfIsoWeek(today);
  const sunday = addCalendarDays(monday, 6);
  return tasks
    .filter((task) => task.dueDate !== null && task.dueDate >= monday && task.dueDate <= sunday)
    .sort(byDueDate);
}
