import { describe, expect, it } from 'vitest';

import { phaseOfOffset, STAGES } from '@/lib/domain/community/stages';
import { getTaskTemplate, isTaskKey, TASK_CATALOGUE, type TaskKey } from '@/lib/domain/community/task-catalogue';
import { expandTemplate, isTemplateId, TEMPLATE_IDS, TEMPLATES } from '@/lib/domain/community/templates';

const EVENT = { firstDay: '2027-02-11', lastDay: '2027-02-12' };
const keys = Object.keys(TASK_CATALOGUE) as TaskKey[];

describe('catalogue de tâches', () => {
  it.each(keys)('%s : échéance entre J-120 et J+30, phase cohérente avec J±x, intitulé rempli', (key) => {
    const task = getTaskTemplate(key);
    expect(task.offsetDays).toBeGreaterThanOrEqual(-120);
    expect(task.offsetDays).toBeLessThanOrEqual(30);
    expect(task.phase).toBe(phaseOfOffset(task.offsetDays));
    expect(task.title.length).toBeGreaterThan(10);
    expect(key).toMatch(/^[a-z0-9-]+$/);
  });

  it('reconnaît ses clés', () => {
    expect(isTaskKey('filage')).toBe(true);
    expect(isTaskKey('toString')).toBe(false);
  });
});

describe('modèles', () => {
  it('propose les trois modèles', () => {
    expect(TEMPLATE_IDS).toEqual(['rezolutions', 'communaute', 'nec-local']);
    expect(isTemplateId('rezolutions')).toBe(true);
    expect(isTemplateId('inconnu')).toBe(false);
  });

  it.each(TEMPLATE_IDS)('%s : aucune clé en double', (id) => {
    const taskKeys: readonly string[] = TEMPLATES[id].taskKeys;
    expect(new Set(taskKeys).size).toBe(taskKeys.length);
  });

  it('reprend la liste du vademecum, préparation des intervenant·es comprise', () => {
    expect(TEMPLATES.rezolutions.taskKeys).toEqual(
      expect.arrayContaining([
        'tete-de-file',
        'vision-commune',
        'portage-politique',
        'date-commune',
        'reserver-salle',
        'referent-intervenants',
        'echanges-bilateraux',
        'filage',
        'conducteur-minute',
        'fiche-technique',
        'feuille-de-route-com',
        'merci-intervenants',
        'merci-participants',
        'questionnaire-satisfaction',
        'remonter-ressources',
      ]),
    );
  });

  it('couvre les quatre étapes de la communauté', () => {
    const stages = new Set(TEMPLATES.communaute.taskKeys.map((key) => TASK_CATALOGUE[key].stage));
    expect([...stages]).toEqual([...STAGES]);
  });

  it('garde la version courte plus courte que les deux autres', () => {
    expect(TEMPLATES['nec-local'].taskKeys.length).toBeLessThan(TEMPLATES.communaute.taskKeys.length);
    expect(TEMPLATES['nec-local'].taskKeys.length).toBeLessThan(TEMPLATES.rezolutions.taskKeys.length);
  });
});

describe('expandTemplate', () => {
  it('date chaque tâche depuis les jours de l’événement', () => {
    const tasks = expandTemplate('rezolutions', EVENT, []);
    expect(tasks).toHaveLength(TEMPLATES.rezolutions.taskKeys.length);
    expect(tasks[0]).toMatchObject({ key: 'tete-de-file', stage: 'IDENTIFIER', phase: 'AVANT', offsetDays: -120, dueDate: '2026-10-14' });
    expect(tasks.find((task) => task.key === 'questionnaire-satisfaction')?.dueDate).toBe('2027-02-22');
    expect(tasks.find((task) => task.key === 'live-reseaux')?.dueDate).toBe('2027-02-11');
  });

  it.each(TEMPLATE_IDS)('appliquer %s deux fois n’ajoute rien la seconde fois', (id) => {
    const first = expandTemplate(id, EVENT, []);
    expect(expandTemplate(id, EVENT, first.map((task) => task.key))).toEqual([]);
  });

  it('n’ajoute que les tâches manquantes, sans doubler celles partagées entre modèles', () => {
    const rezolutions = expandTemplate('rezolutions', EVENT, []).map((task) => task.key);
    const added = expandTemplate('nec-local', EVENT, rezolutions).map((task) => task.key);
    expect(added).toEqual(['clarifier-cibles', 'ouvrir-inscriptions', 'relais-territoire', 'phoning', 'infos-pratiques-inscrits', 'bilan-partage']);
  });

  it('accepte n’importe quel itérable de clés existantes', () => {
    const existing = new Set<string>(TEMPLATES['nec-local'].taskKeys.slice(1));
    expect(expandTemplate('nec-local', EVENT, existing).map((task) => task.key)).toEqual(['clarifier-cibles']);
  });
});
