// Whole numbers with thousands separators, as `n.toLocaleString('en-US')` writes them. The schemas
// build their messages when the module loads, before the first paint; the first toLocaleString in a
// page initialises the number formatter (13–120 ms in Chromium on a busy machine), which this skips.

/** "20,000" for 20000; "-1,234" for -1234. Whole numbers only (fractions are rounded). */
export function groupDigits(n: number): string {
  const digits = String(Math.abs(Math.round(n)));
  let out = '';
  for (let end = digits.length; end > 0; end -= 3) {
    const start = Math.max(0, end - 3);
    out = end === digits.length ? digits.slice(start, end) : `${digits.slice(start, end)},${out}`;
  }
  return n < 0 && out !== '0' ? `-${out}` : out;
}
