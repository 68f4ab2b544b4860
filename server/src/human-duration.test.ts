import { describe, expect, it } from 'vitest';
import { humanDuration } from './human-duration.js';

describe('humanDuration', () => {
  it('says durations in the largest sensible unit, rounded up', () => {
    expect(humanDuration(900)).toBe('15 minutes');
    expect(humanDuration(1)).toBe('1 second');
    expect(humanDuration(0)).toBe('1 second');
    expect(humanDuration(45)).toBe('45 seconds');
    expect(humanDuration(60)).toBe('1 minute');
    expect(humanDuration(61)).toBe('2 minutes');
    expect(humanDuration(3600)).toBe('1 hour');
    expect(humanDuration(5400)).toBe('1 hour 30 minutes');
    expect(humanDuration(7200)).toBe('2 hours');
    expect(humanDuration(86_400)).toBe('1 day');
    expect(humanDuration(3 * 86_400 - 10)).toBe('3 days');
  });
});
