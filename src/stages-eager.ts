/** The library's synchronous `parse()` has every optional stage loaded up front. */
import { parse as parseYaml } from 'yaml';
import { recogniseNormalised } from './recognise/normalised.js';
import { markdownBlocks } from './segment/micromark.js';
import { repair } from './repair/index.js';
import { stages } from './stages.js';

stages.repair = repair;
stages.markdownBlocks = markdownBlocks;
stages.yaml = (s) => parseYaml(s, { schema: 'core', logLevel: 'error' });
stages.normalised = recogniseNormalised;
