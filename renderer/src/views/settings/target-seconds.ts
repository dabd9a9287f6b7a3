// Checks a typed speaking-time target before it is sent (the schema's limits, and min ≤ max).
export type TargetCheck = { ok: true; value: { min: number; max: number } } | { ok: false; message: string };

export function checkTargetSeconds(minText: string, maxText: string): TargetCheck {
  const min = Number(minText);
  const max = Number(maxText);
  if (!minText.trim() || !Number.isInteger(min))
    return { ok: false, message: 'The shortest time must be a whole number of seconds.' };
  if (!maxText.trim() || !Number.isInteger(max))
    return { ok: false, message: 'The longest time must be a whole number of seconds.' };
  if (min < 30 || min > 600) return { ok: false, message: 'The shortest time must be between 30 and 600 seconds.' };
  if (max < 30 || max > 900) return { ok: false, message: 'The longest time must be between 30 and 900 seconds.' };
  if (min > max) return { ok: false, message: 'The shortest time must not be longer than the longest.' };
  return { ok: true, value: { min, max } };
}
