/** The library's synchronous `parse()` has every optional stage loaded up front. */
import { parse as parseYaml } from 'yaml';
import { recogniseNormalised } from './recognise/normalised.js';
import { markdownTree } from './segment/remark.js';
import { stages } from './stages.js';

stages.markdownTree = markdownTree;
stages.yaml = (s) => parseYaml(s, { schema: 'yaml-1.1', logLevel: 'error' });
stages.normalised = recogniseNormalised;
