import { describe, expect, it } from 'vitest';
import { canonAsOf, checkContinuity, type CanonFactValue } from './continuity.js';

const miso: CanonFactValue = { id: 'miso', kind: 'pet', subject: 'Miso', descriptor: 'dog', statement: 'Adopted Miso, a shiba inu', validFrom: '2025-01-01', validUntil: null };
const marathon: CanonFactValue = { id: 'race', kind: 'event', subject: 'Rotterdam marathon', descriptor: '', statement: 'Runs the Rotterdam marathon', validFrom: '2026-04-12', validUntil: null };
const berlin: CanonFactValue = { id: 'berlin', kind: 'place', subject: 'Berlin', descriptor: 'home', statement: 'Moved to Berlin', validFrom: '2026-03-01', validUntil: null };
const canon = [miso, marathon, berlin];

describe('the continuity check', () => {
  it('refuses calling a pet by another kind, naming the fact, and passes once the fact says so', () => {
    const [found] = checkContinuity('Sunday walk with my cat Miso along the canal.', '2026-02-01', canon);
    expect(found).toEqual({ factId: 'miso', message: "Miso is the persona's dog since 2025-01-01 (“Adopted Miso, a shiba inu”), not a cat" });
    expect(checkContinuity('Miso, my kitten, found the sunny spot.', '2026-02-01', canon)).toHaveLength(1);
    expect(checkContinuity('Sunday walk with my puppy Miso.', '2026-02-01', canon)).toEqual([]);
    expect(checkContinuity('Sunday walk with my cat Miso.', '2026-02-01', [{ ...miso, descriptor: 'cat' }])).toEqual([]);
  });

  it('refuses finishing an event before its date, and passes on or after it', () => {
    const [found] = checkContinuity('I finished the marathon! Legs are jelly.', '2026-03-20', canon);
    expect(found?.message).toBe('Rotterdam marathon is on 2026-04-12 (“Runs the Rotterdam marathon”); this post, dated 2026-03-20, speaks of it as done');
    expect(checkContinuity('Three weeks to the marathon. Long run on Sunday.', '2026-03-20', canon)).toEqual([]);
    expect(checkContinuity('I finished the marathon! Legs are jelly.', '2026-04-12', canon)).toEqual([]);
    expect(checkContinuity('I finished the marathon!', '2026-03-20', [{ ...marathon, validFrom: '2026-03-15' }])).toEqual([]);
  });

  it('refuses a mention before the fact begins, and living somewhere outside its dates', () => {
    expect(checkContinuity('Miso says hi.', '2024-12-01', canon)[0]?.message).toMatch(/^Miso is part of the persona's life only from 2025-01-01/);
    expect(checkContinuity('Coffee here in Berlin.', '2026-02-01', canon)[0]?.message).toMatch(/^the persona lives in Berlin from 2026-03-01/);
    expect(checkContinuity('Visiting Berlin for a weekend.', '2026-02-01', canon)).toEqual([]);
    expect(checkContinuity('Coffee here in Berlin.', '2026-03-02', canon)).toEqual([]);
    // Words that merely contain the name are not a mention.
    expect(checkContinuity('Misomaki for dinner.', '2024-12-01', canon)).toEqual([]);
  });

  it('knows, as of a date, the facts true then and every event', () => {
    expect(canonAsOf(canon, '2024-06-01').map((fact) => fact.id)).toEqual(['race']);
    expect(canonAsOf(canon, '2026-03-05').map((fact) => fact.id)).toEqual(['miso', 'race', 'berlin']);
  });
});
