import type { Config } from '../config.js';
import type { ContentGenerator } from './generator.js';
import { OfflineGenerator } from './offline-generator.js';
import { OpenAIGenerator } from './openai-generator.js';

/** OpenAI-compatible when a key is configured; the offline generator otherwise. */
export function createGenerator(config: Config): ContentGenerator {
  return config.OPENAI_API_KEY ? new OpenAIGenerator(config) : new OfflineGenerator();
}
