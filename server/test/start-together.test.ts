import { describe, expect, it } from 'vitest';
import { startTogether } from './support/start-together.js';

// The test helper that starts app processes and browsers together must not leak the ones that
// started when another did not.

describe('startTogether', () => {
  it('gives back everything in order when all start', async () => {
    const stopped: string[] = [];
    const started = await startTogether<[string, number]>([Promise.resolve('app'), Promise.resolve(2)], (thing) => stopped.push(String(thing)));
    expect(started).toEqual(['app', 2]);
    expect(stopped).toEqual([]);
  });

  it('stops what started and throws the failure when something does not start', async () => {
    const stopped: string[] = [];
    const failure = new Error('port in use');
    await expect(
      startTogether<[string, string, string]>([Promise.resolve('a'), Promise.reject(failure), Promise.resolve('c')], (thing) => stopped.push(thing)),
    ).rejects.toBe(failure);
    expect(stopped.sort()).toEqual(['a', 'c']);
  });
});
