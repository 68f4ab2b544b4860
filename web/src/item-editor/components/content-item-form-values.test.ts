import { describe, expect, it } from 'vitest';
import { characterCount } from '../../lib/characters';
import { captionLimitOf, contentItemFormSchema } from './content-item-form-values';

// The editor counts and limits a caption as the chosen platform does, with the limit the
// server gives for it (Query.platforms), not one figure for every platform.

const options = [
  { value: 'INSTAGRAM', captionMaxCharacters: 2200 },
  { value: 'X', captionMaxCharacters: 280 },
];
const values = (platform: string, caption: string) => ({ personaId: 'p', planId: null, title: 'T', caption, platform, status: 'DRAFT', scheduledAt: null });
const captionIssues = (platform: string, caption: string) => {
  const result = contentItemFormSchema((chosen) => captionLimitOf(chosen, options)).safeParse(values(platform, caption));
  return result.success ? [] : result.error.issues.filter((issue) => issue.path[0] === 'caption').map((issue) => issue.message);
};

describe('caption limits in the editor', () => {
  it("holds a caption to the chosen platform's limit", () => {
    expect(captionIssues('X', 'a'.repeat(280))).toEqual([]);
    expect(captionIssues('X', 'a'.repeat(281))).toEqual(['At most 280 characters']);
    expect(captionIssues('INSTAGRAM', 'a'.repeat(281))).toEqual([]);
    expect(captionIssues('INSTAGRAM', 'a'.repeat(2201))).toEqual(['At most 2200 characters']);
  });

  it('counts an emoji as one character, as the platforms do', () => {
    expect(characterCount('🌱🍅👩🏽‍🌾')).toBe(3);
    expect(captionIssues('X', '🌱'.repeat(280))).toEqual([]);
  });

  it('falls back to the longest common limit for a platform the server said nothing about', () => {
    expect(captionLimitOf('TIKTOK', options)).toBe(2200);
  });
});
