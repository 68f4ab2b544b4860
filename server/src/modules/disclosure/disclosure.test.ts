import { describe, expect, it } from 'vitest';
import { disclosedCaption } from './disclosure.js';

const policy = { disclosureMode: 'ai_media', disclosureText: 'Made with AI.' };
const generated = { source: 'generated', digitalSourceType: 'trainedAlgorithmicMedia' };
const photo = { source: 'uploaded', digitalSourceType: 'digitalCapture' };

describe('the disclosure line', () => {
  it('is added once, on its own paragraph, when the image is AI-made', () => {
    expect(disclosedCaption('Soil first.', policy, generated)).toBe('Soil first.\n\nMade with AI.');
    expect(disclosedCaption('Soil first.\n\nMade with AI.', policy, generated)).toBe('Soil first.\n\nMade with AI.');
    expect(disclosedCaption('Soil first.', policy, { source: 'uploaded', digitalSourceType: 'compositeWithTrainedAlgorithmicMedia' })).toMatch(/Made with AI\.$/);
  });

  it('is left out for a photo, no image or the policy off, and added to every post when always', () => {
    expect(disclosedCaption('Soil first.', policy, photo)).toBe('Soil first.');
    expect(disclosedCaption('Soil first.', policy, null)).toBe('Soil first.');
    expect(disclosedCaption('Soil first.', { ...policy, disclosureMode: 'off' }, generated)).toBe('Soil first.');
    expect(disclosedCaption('Soil first.', { disclosureMode: 'always', disclosureText: '#AIgenerated' }, null)).toBe('Soil first.\n\n#AIgenerated');
  });
});
