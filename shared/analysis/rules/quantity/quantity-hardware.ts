// The few machines a job was set to run on: "moved the embedding job onto 4 A100s", "fine-tuned the model
// on 8 H100s", "from CPU to 2 GPUs". How many accelerators or hosts the writer picked is a configuration
// value (RUBRIC-NOTES: workers as processes, a setting the writer chose), neither a measure nor the size
// of the context. A fleet ("across 64 GPUs", "on 400 nodes"), machines bought or cut ("provisioned 12
// servers", "from 40 servers to 12") and a changed count keep their roles.
import type { NumberContext } from './quantity-context';
import { HARDWARE_HEADS } from '../language/lexicon';
import { APPROXIMATORS } from './quantity-lexicon';
import { digitsValue, numberWordValue } from './number-words';

/** The most machines a job is "set to run on" rather than a fleet it spans. */
const MAX_SETTING = 16;

/** "a100s", "h100s", "t4s", "v100": an accelerator's model code, counted. */
const ACCELERATOR_CODE = /^[a-z]{1,2}\d{1,4}s?$/;

/** Whether the count `q` is the number of machines a job was set to run on. */
export function isHardwareSetting(n: NumberContext): boolean {
  const { tokens, q } = n;
  if (q.kind !== 'count' || q.change || q.fromTo || q.result || q.head === undefined) return false;
  if (!HARDWARE_HEADS.has(q.head) && !ACCELERATOR_CODE.test(q.head)) return false;
  const at = n.at;
  const value = numberWordValue(tokens[at].lower) ?? digitsValue(tokens[at].text);
  if (!(value <= MAX_SETTING)) return false;
  let p = at - 1;
  // "on about 8 GPUs": approximators between; "to" is the preposition itself.
  while (p >= 0 && (tokens[p].kind === 'symbol' || (APPROXIMATORS.has(tokens[p].lower) && tokens[p].lower !== 'to')))
    p--;
  const prep = tokens[p]?.lower;
  if (prep === 'on' || prep === 'onto') return true;
  // "from CPU to 8 A100s": the machines a job moved to.
  if (prep !== 'to') return false;
  for (let k = p - 1; k >= 0 && k >= p - 4; k--) if (tokens[k].lower === 'from') return true;
  return false;
}
