/** The library's synchronous `parse()` has every optional stage loaded up front. */
import { parse as parseYaml } from 'yaml';
import { recogniseNormalised } from './recognise/normalised.js';
import { markdownBlocks } from './segment/micromark.js';
import { repairWith } from './repair/index.js';
import { stages } from './stages.js';

stages.repair = repairWith;
stages.markdownBlocks = markdownBlocks;
stages.yaml = (s) => parseYaml(s, { schema: 'core', logLevel: 'error' });
stages.normalised = recogniseNormalised;
