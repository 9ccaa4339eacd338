/** A scan whose OCR damage is plain, for repair tests that need repair to be bold (test/repair). */
import { repair } from '../../src/repair/index.js';

/** A first line with plenty of evidence that å, ø and æ are lost (o/a for ø, a for å). */
export const SCAN = 'Vi ma ga pa mgte fgr det, og gnsker a vaere med pa mgtet i var. Styret matte ogsa fa svar pa det na.\n';

/** `body` repaired as the rest of the scan: the text after the scan's own (repaired) first line. */
export function afterScan(body: string): string {
  return repair(SCAN + body).text.split('\n').slice(1).join('\n');
}
