// Which senior signals each competency needs (issue 12): a story tagged "Ownership" is judged on
// ownership after launch, one tagged "Influence" on influence and cross-functional work. Keyed by the
// equivalence groups, so every preset framework (and copies, which keep the preset ids) is covered.
import type { SignalId } from '../analysis/signals/signal-ids';
import { EQUIVALENCE_GROUPS } from './equivalences';

const BY_CONCEPT: Readonly<Record<string, readonly SignalId[]>> = {
  ownership: ['after-launch', 'own-decision'],
  'results and impact': ['own-decision'],
  'speed of execution': ['constraint', 'own-decision'],
  ambiguity: ['ambiguity', 'own-decision'],
  collaboration: ['cross-functional'],
  'judgment and trade-offs': ['trade-off', 'own-decision'],
  'technical depth': ['trade-off'],
  'quality and reliability': ['after-launch'],
  'conflict and disagreement': ['influence'],
  'learning and growth': ['after-launch'],
  communication: ['influence'],
  'growing others': [],
  leadership: ['influence', 'cross-functional', 'own-decision'],
  'scope and vision': ['cross-functional', 'influence'],
  innovation: ['trade-off'],
  'customer focus': [],
  'integrity and responsibility': ['own-decision'],
};

// Preset competencies that are in no equivalence group but still ask for signals.
const BY_ID: Readonly<Record<string, readonly SignalId[]>> = {
  'ml.leadership': ['influence', 'cross-functional', 'own-decision'],
  'ml.tradeoffs': ['trade-off', 'constraint'],
  'ml.production-reliability': ['after-launch'],
  'ml.ownership': ['after-launch', 'own-decision'],
  'ml.collaboration': ['cross-functional', 'influence'],
  'generic.influence': ['influence', 'cross-functional'],
  'google.challenging-status-quo': ['influence'],
};

const byId = new Map<string, Set<SignalId>>();
for (const group of EQUIVALENCE_GROUPS)
  for (const member of group.members)
    for (const signal of BY_CONCEPT[group.concept] ?? []) {
      if (!byId.has(member)) byId.set(member, new Set());
      byId.get(member)!.add(signal);
    }
for (const [id, signals] of Object.entries(BY_ID)) {
  if (!byId.has(id)) byId.set(id, new Set());
  for (const s of signals) byId.get(id)!.add(s);
}

/** The signals a competency needs a story to show; empty for competencies that ask for none. */
export function signalsForCompetency(competencyId: string): SignalId[] {
  return [...(byId.get(competencyId) ?? [])];
}

/** The signals a story tagged with these competencies needs, each with the competencies asking for it. */
export function signalsForCompetencies(competencyIds: readonly string[]): Map<SignalId, string[]> {
  const out = new Map<SignalId, string[]>();
  for (const id of competencyIds)
    for (const signal of signalsForCompetency(id)) out.set(signal, [...(out.get(signal) ?? []), id]);
  return out;
}
