/** One step from bank format `from` to `from + 1`. Works on plain JSON; the result is validated afterwards. */
export interface Migration {
  from: number;
  to: number;
  describe: string;
  up(raw: unknown, nowIso: string): unknown;
}
