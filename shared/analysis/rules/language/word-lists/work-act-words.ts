// The verbs a writer's act is told with, by lemma, outside the software lists: the trades', wards', farms',
// classrooms' and offices' everyday work ("repaired the roof", "I sign off competencies", "Wire the new
// barn"). writer-acts.ts reads a verb as the writer's act when its lemma is here or in one of the other
// lists of work verbs (ACTION_BASE, creation, delivery, switch, remit, rework verbs); this list holds the rest.
import { lemmaSet } from './lemma-set';

/** Verbs of everyday work no other list holds, matched by lemma ("repairs", "repaired" → "repair"). */
export const WORK_ACT_VERBS = lemmaSet('work-act-verbs', [
  'repair',
  'fix',
  'wire',
  'install',
  'service',
  // Verbs whose nouns name résumé work ("Renewal of …", "Revision of …", "Tuning of …", "Procurement of …").
  'renew',
  'revise',
  'tune',
  'upgrade',
  'assess',
  'extend',
  'procure',
  'redact',
  'clean',
  'prepare',
  'cook',
  'bake',
  'pack',
  'sort',
  'load',
  'drive',
  'haul',
  'harvest',
  'plant',
  'sow',
  'milk',
  'feed',
  'treat',
  'nurse',
  'dress',
  'triage',
  'chair',
  'sign',
  'approve',
  'audit',
  'inspect',
  'check',
  'translate',
  'interpret',
  'draft',
  'file',
  'negotiate',
  'organise',
  'organize',
  'schedule',
  'plan',
  'recruit',
  'hire',
  'interview',
  'onboard',
  'coach',
  'mentor',
  'train',
  'host',
  'coordinate',
  'handle',
  'process',
  'document',
  'record',
  'present',
  'review',
  'test',
  'set',
  'fund',
  'raise',
  'open',
  'close',
  'refit',
  'rebuild',
  // A ward's, a farm's, a depot's or a school's rework and upkeep (session 39): "redid the handover sheets",
  // "patched the roof", "mapped the delivery routes", "trims the hooves", "shod the riding school's horses".
  // Their nouns ("maps of the estate", "patches of ice", "trims and mouldings") have their own verb after them.
  'redo',
  'patch',
  'map',
  'trim',
  'shoe',
  'paint',
  'order',
  'stock',
  'reconcile',
  // A shop's, a haulier's, a fitter's and a clinic's work (session 40), told count first or by the verb's own
  // noun: "Over 1,200 books sent to 30 countries", "Transport of goods on the routes …", "40 kitchens fitted
  // since 2022", "3,000 patients vaccinated at the pop-up clinic".
  'send',
  'transport',
  'fit',
  'vaccinate',
  'immunise',
  'immunize',
]);

/**
 * Verbs that tell work only with their particle, by lemma: "drew up the evacuation plan" (not "drew a crowd",
 * "drew on her years in the army"), "dealt with the complaints" (not "dealt the cards"), "put together the
 * induction pack", "put in place a new rota" (not "put on weight", "put up with the noise"), "carried out the
 * audit". Each lemma's
 * particles, one or two words.
 */
export const PHRASAL_WORK_VERBS: Readonly<Record<string, readonly string[]>> = {
  draw: ['up'],
  deal: ['with'],
  put: ['together', 'in place'],
  // "carried out the migration", "carries out the audits" (not "carried the boxes", "carried on talking").
  carry: ['out'],
};
