// The offline continuity check (issue 15 §4): rules over the canon's named entities and dates.
// Each finds one kind of contradiction a reader would notice, and names the fact it contradicts:
// - a pet or person called by another kind than the canon's ("my cat Miso" when Miso is a dog);
// - anything of the persona's life mentioned before it was part of it (Miso before the adoption);
// - living somewhere outside the dates the canon gives for it;
// - an event spoken of as done before its date (finishing the marathon before race day).
// Dates are calendar days (YYYY-MM-DD) in the persona's zone; strings compare in date order.

export type CanonFactKind = 'person' | 'pet' | 'place' | 'work' | 'possession' | 'event';

export interface CanonFactValue {
  id: string;
  kind: CanonFactKind;
  subject: string;
  descriptor: string;
  statement: string;
  validFrom: string | null;
  validUntil: string | null;
}

export interface Contradiction {
  factId: string;
  message: string;
}

/** Words for kinds of pets and people, each mapped to the word it means (puppy is a dog). */
const KINDS: Record<'pet' | 'person', Record<string, string>> = {
  pet: {
    dog: 'dog', puppy: 'dog', pup: 'dog', cat: 'cat', kitten: 'cat', kitty: 'cat', rabbit: 'rabbit', bunny: 'rabbit',
    hamster: 'hamster', parrot: 'parrot', budgie: 'parrot', bird: 'bird', fish: 'fish', goldfish: 'fish', turtle: 'turtle',
    tortoise: 'tortoise', horse: 'horse', pony: 'horse', ferret: 'ferret', snake: 'snake', lizard: 'lizard', gecko: 'lizard',
  },
  person: {
    sister: 'sister', brother: 'brother', mother: 'mother', mum: 'mother', mom: 'mother', father: 'father', dad: 'father',
    son: 'son', daughter: 'daughter', husband: 'husband', wife: 'wife', partner: 'partner', boyfriend: 'boyfriend',
    girlfriend: 'girlfriend', friend: 'friend', roommate: 'flatmate', flatmate: 'flatmate', grandma: 'grandmother',
    grandmother: 'grandmother', grandpa: 'grandfather', grandfather: 'grandfather', aunt: 'aunt', uncle: 'uncle',
    cousin: 'cousin', neighbour: 'neighbour', neighbor: 'neighbour', colleague: 'colleague', boss: 'boss',
  },
};

const DONE = 'finished|finish line|ran|completed|crossed|won|did it|done|behind me|medal|after';
const LIVING = 'live in|living in|lives in|here in|home in|moved to|settled in|back home in';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** How the caption may name the fact: its subject, and for an event also its last word ("marathon"). */
function namesOf(fact: CanonFactValue): string[] {
  const names = [fact.subject.trim()];
  const head = fact.subject.trim().split(/\s+/).pop()!;
  if (fact.kind === 'event' && head.length >= 4 && head !== names[0]) names.push(head);
  return names;
}

function mentions(caption: string, fact: CanonFactValue): RegExp | null {
  const names = namesOf(fact).filter(Boolean).map(escape);
  return names.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'iu') : null;
}

function kindClash(caption: string, fact: CanonFactValue): string | null {
  if (fact.kind !== 'pet' && fact.kind !== 'person') return null;
  const words = KINDS[fact.kind];
  const canonKind = words[fact.descriptor.trim().toLowerCase()];
  if (!canonKind) return null;
  const subject = escape(fact.subject.trim());
  const kindWords = Object.keys(words).join('|');
  // "my cat Miso", "our old cat Miso", "Miso, my cat", "Miso the cat", "Miso is a cat".
  const patterns = [
    new RegExp(`\\b(?:my|our|the|a|his|her)\\s+(?:[\\p{L}-]+\\s+)?(${kindWords})\\s+${subject}(?![\\p{L}\\p{N}])`, 'iu'),
    new RegExp(`(?<![\\p{L}\\p{N}])${subject},?\\s+(?:my|our|the)\\s+(?:[\\p{L}-]+\\s+)?(${kindWords})\\b`, 'iu'),
    new RegExp(`(?<![\\p{L}\\p{N}])${subject}\\s+(?:is|was)\\s+(?:a|an|my)\\s+(?:[\\p{L}-]+\\s+)?(${kindWords})\\b`, 'iu'),
  ];
  for (const pattern of patterns) {
    const said = caption.match(pattern)?.[1]?.toLowerCase();
    if (said && words[said] !== canonKind) return said;
  }
  return null;
}

const since = (fact: CanonFactValue) => (fact.validFrom ? ` since ${fact.validFrom}` : '');

/** The contradictions between `caption`, dated `date` (YYYY-MM-DD), and the canon; empty when none. */
export function checkContinuity(caption: string, date: string, facts: readonly CanonFactValue[]): Contradiction[] {
  const found: Contradiction[] = [];
  for (const fact of facts) {
    const mention = mentions(caption, fact);
    if (!mention || !mention.test(caption)) continue;
    const clash = kindClash(caption, fact);
    if (clash) {
      found.push({ factId: fact.id, message: `${fact.subject} is the persona's ${fact.descriptor}${since(fact)} (“${fact.statement}”), not a ${clash}` });
      continue;
    }
    const names = namesOf(fact).map(escape).join('|');
    if (fact.kind === 'event') {
      const done = new RegExp(`\\b(?:${DONE})\\b[^.!?]{0,40}(?:${names})|(?:${names})[^.!?]{0,40}\\b(?:${DONE})\\b`, 'iu');
      if (fact.validFrom && date < fact.validFrom && done.test(caption)) {
        found.push({ factId: fact.id, message: `${fact.subject} is on ${fact.validFrom} (“${fact.statement}”); this post, dated ${date}, speaks of it as done` });
      }
      continue;
    }
    if (fact.kind === 'place') {
      const living = new RegExp(`\\b(?:${LIVING})\\s+(?:${names})(?![\\p{L}\\p{N}])`, 'iu');
      const outside = (fact.validFrom && date < fact.validFrom) || (fact.validUntil && date > fact.validUntil);
      if (outside && living.test(caption)) {
        const span = [fact.validFrom && `from ${fact.validFrom}`, fact.validUntil && `until ${fact.validUntil}`].filter(Boolean).join(' ');
        found.push({ factId: fact.id, message: `the persona lives in ${fact.subject} ${span} (“${fact.statement}”); this post is dated ${date}` });
      }
      continue;
    }
    if (fact.validFrom && date < fact.validFrom) {
      found.push({ factId: fact.id, message: `${fact.subject} is part of the persona's life only from ${fact.validFrom} (“${fact.statement}”); this post is dated ${date}` });
    }
  }
  return found;
}

/** The facts true on `date`: what the persona knows then (events already past or that day included). */
export function canonAsOf(facts: readonly CanonFactValue[], date: string): CanonFactValue[] {
  return facts.filter((fact) => {
    if (fact.kind === 'event') return true;
    return (!fact.validFrom || fact.validFrom <= date) && (!fact.validUntil || fact.validUntil >= date);
  });
}

/** What a model found in one caption on one day (content-item/model-checks.ts). */
export interface ModelReading {
  caption: string;
  date: string;
  found: Contradiction[];
}

/** A model's answer as a reading: its explanations are the messages. */
export function modelReading(caption: string, date: string, found: ReadonlyArray<{ factId: string; explanation: string }>): ModelReading {
  return { caption, date, found: found.map((entry) => ({ factId: entry.factId, message: entry.explanation.replace(/[.!]+$/, '') })) };
}

/** The rules' contradictions and, where a model read exactly this caption on this day, its others. */
export function mergeContradictions(rules: Contradiction[], caption: string, date: string, read: ModelReading | undefined): Contradiction[] {
  if (!read || read.caption !== caption || read.date !== date) return rules;
  const named = new Set(rules.map((found) => found.factId));
  return [...rules, ...read.found.filter((found) => !named.has(found.factId))];
}
