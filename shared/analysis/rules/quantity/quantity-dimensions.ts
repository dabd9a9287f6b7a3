// A number with a unit of physical measure ("1.5 t", "600 mm", "40 kW", "4 °C", "200 m²", "a 30-tonne beam")
// measures a thing, not the work: its dimension (mass, length, area, …) is read from one unit lexicon here, and
// what it hangs on decides whether it measures anything the work did. A measure that modifies a noun ("a 40 kW
// boiler", "600 mm ducting", "a 30-tonne beam", "a 30 m beech"), follows a rating word ("a hoist rated to 1.5 t",
// "a capacity of 40 kW"), is told with a dimension adjective ("a trench 2 m deep") or is a thing's present state
// ("the new boiler is 40 kW") sizes that thing: neither a metric nor the scale of the context. An amount itself
// ("lost 6 kg", "freed 200 m² of floor", "resurfaced 3 km of road", "900,000 km driven") keeps the reading of any
// count, but it is a metric only on positive evidence, never by default (metrics.ts). A change told in the clause
// ("cut energy use by 40 kWh a day", "from 80 °C to 60 °C") keeps its metric whatever the measure hangs on.
import type { Token } from '../language/tokenize';
import type { NumberContext } from './quantity-context';
import type { Dimension } from './quantity-types';
import { APPROXIMATORS } from './quantity-lexicon';
import { isParticiple } from '../language/verbs';
import { isScaleNoun } from './scale';
import { BE_FORMS } from '../language/word-lists/claim-words';

// Units written in lower case, by dimension. Units whose case decides them ("M" is a million, "m" a metre;
// "W" a watt, "w" nothing) are in CASED_UNITS. Not "in" (inch), "pounds" (money), "bar" (a place) or "a".
const UNITS: Readonly<Record<Dimension, readonly string[]>> = {
  mass: [
    'mg',
    'mcg',
    'µg',
    'g',
    'gram',
    'grams',
    'kg',
    'kgs',
    'kilo',
    'kilos',
    'kilogram',
    'kilograms',
    'tonne',
    'tonnes',
    'ton',
    'tons',
    'lb',
    'lbs',
  ],
  length: [
    'mm',
    'cm',
    'km',
    'kms',
    'metre',
    'metres',
    'meter',
    'meters',
    'millimetre',
    'millimetres',
    'millimeter',
    'millimeters',
    'centimetre',
    'centimetres',
    'kilometre',
    'kilometres',
    'kilometer',
    'kilometers',
    'mile',
    'miles',
    'ft',
    'feet',
    'foot',
    'inch',
    'inches',
    'yard',
    'yards',
  ],
  area: ['m²', 'm2', 'km²', 'km2', 'sqm', 'sqft', 'acre', 'acres', 'hectare', 'hectares', 'ha'],
  volume: ['m³', 'm3', 'ml', 'litre', 'litres', 'liter', 'liters', 'gallon', 'gallons', 'cc'],
  temperature: ['°', '°c', '°f', '℃', '℉', 'celsius', 'fahrenheit'],
  speed: ['mph', 'kph', 'km/h', 'knots'],
  power: ['kw', 'mw', 'gw', 'watt', 'watts', 'kilowatt', 'kilowatts', 'megawatt', 'megawatts', 'hp', 'bhp'],
  energy: ['kwh', 'mwh', 'gwh', 'kj', 'mj', 'kcal', 'btu'],
  pressure: ['psi', 'kpa', 'mpa', 'mbar', 'kn'],
  electrical: ['volt', 'volts', 'kv', 'amp', 'amps', 'ampere', 'amperes', 'mah', 'kva'],
  frequency: ['hz', 'khz', 'mhz', 'ghz'],
};
const CASED_UNITS: ReadonlyMap<string, Dimension> = new Map([
  ['m', 'length'],
  ['t', 'mass'],
  ['l', 'volume'],
  ['L', 'volume'],
  ['W', 'power'],
  ['V', 'electrical'],
  ['A', 'electrical'],
]);
const UNIT_DIMENSIONS: ReadonlyMap<string, Dimension> = new Map(
  (Object.keys(UNITS) as Dimension[]).flatMap((d) => UNITS[d].map((u) => [u, d] as const)),
);

/** "square metres", "sq ft", "cubic metres": a length unit after one of these is an area or a volume. */
const POWERS: ReadonlyMap<string, Dimension> = new Map([
  ['square', 'area'],
  ['sq', 'area'],
  ['cubic', 'volume'],
]);

/** The dimension of a unit as written ("kW", "tonnes", "m²", "℃"); undefined for any other word. */
export function unitDimension(unit: string): Dimension | undefined {
  return CASED_UNITS.get(unit) ?? UNIT_DIMENSIONS.get(unit.toLowerCase());
}

/** Where the unit of the number at token `at` ends and its dimension: the token index of the unit's last token. */
function unitAfter(tokens: Token[], at: number): { dimension: Dimension; last: number } | undefined {
  const t = tokens[at];
  // "600mm", "40kW", "12m²": the unit typed against the digits.
  const fused = /^\d[\d.,]*([^\d.,].*)$/.exec(t.text)?.[1];
  if (fused !== undefined) {
    const dimension = unitDimension(fused);
    return dimension ? { dimension, last: at } : undefined;
  }
  let k = at + 1;
  // "a 30-tonne beam", "3.5-metre wall": the unit after a hyphen.
  if (tokens[k]?.text === '-' && tokens[k].start === t.end) k++;
  const next = tokens[k];
  if (next === undefined) return undefined;
  const power = POWERS.get(next.lower);
  if (power !== undefined) {
    const unit = tokens[k + 1];
    return unit && unitDimension(unit.text) === 'length' ? { dimension: power, last: k + 1 } : undefined;
  }
  const dimension = unitDimension(next.text);
  if (dimension === undefined) return undefined;
  // "4 °C", "180 °F": the degree sign with its scale letter.
  if (next.text === '°' && /^[CF]$/.test(tokens[k + 1]?.text ?? '')) return { dimension, last: k + 1 };
  // "11 l/100 km", "10 mg/kg": a rate's denominator is part of the unit.
  if (tokens[k + 1]?.text === '/' && tokens[k + 2]?.kind === 'word' && unitDimension(tokens[k + 2].text))
    return { dimension, last: k + 2 };
  return { dimension, last: k };
}

// Units that are also a magnitude: "2m users", "4 m customers", "3mm ARR" count millions.
const MILLION_UNITS = new Set(['m', 'mm']);

/** Whether the unit ending at token `last` is "m" or "mm" read as a million: a plural or scale noun follows. */
function isMillion(tokens: Token[], at: number, last: number): boolean {
  const t = tokens[at];
  const unit = last === at ? /^\d[\d.,]*(\D+)$/.exec(t.text)?.[1] : tokens[last].text;
  if (unit === undefined || !MILLION_UNITS.has(unit)) return false;
  const next = tokens[last + 1];
  return next?.kind === 'word' && ((/s$/.test(next.lower) && !/ss$/.test(next.lower)) || isScaleNoun(next.lower));
}

/** The dimension of physical measure of the quantity in `n`, if its number carries a unit. */
export function quantityDimension(n: NumberContext): Dimension | undefined {
  if (n.q.kind !== 'count' && n.q.kind !== 'magnitude') return undefined;
  if (n.tokens[n.at]?.kind !== 'number') return undefined;
  const unit = unitAfter(n.tokens, n.at);
  return unit && !isMillion(n.tokens, n.at, unit.last) ? unit.dimension : undefined;
}

// Words after a measure that end its phrase rather than name a thing it sizes: prepositions, conjunctions,
// articles, time words of a rate and adverbs ("6 kg in a month", "200 km a day", "20 miles around").
const PHRASE_ENDS = new Set([
  ...['of', 'a', 'an', 'the', 'per', 'each', 'every', 'in', 'on', 'at', 'to', 'from', 'by', 'for', 'with', 'into'],
  ...['over', 'under', 'across', 'than', 'and', 'or', 'but', 'out', 'off', 'up', 'down', 'away', 'around', 'more'],
  ...['less', 'fewer', 'lower', 'higher', 'less', 'since', 'after', 'before', 'during', 'while', 'when', 'so'],
  ...['that', 'which', 'without', 'instead', 'back', 'again', 'now', 'then', 'too', 'total', 'overall', 'or'],
  ...['day', 'week', 'month', 'year', 'shift', 'hour', 'night', 'quarter', 'annually', 'daily', 'weekly'],
  ...['is', 'was', 'were', 'are', 'has', 'had', 'saved', 'cut'],
]);

// Adjectives of a dimension after a measure: "a trench 2 m deep", "a wall 3 m high" size the thing.
const DIMENSION_ADJECTIVES = new Set(['long', 'wide', 'high', 'deep', 'tall', 'thick', 'across', 'square']);

// Words of rating a thing before its measure: "a hoist rated to 1.5 t", "a capacity of 40 kW", "sized at 600 mm".
const RATING_WORDS = new Set(['rated', 'rating', 'capacity', 'capable', 'sized', 'size', 'diameter', 'output', 'load']);

// Nouns of a change a measure can size: "a 6 kg weight loss", "a 40 kWh daily saving" measure the result.
const CHANGE_NOUNS = new Set([
  'loss',
  'gain',
  'reduction',
  'saving',
  'savings',
  'drop',
  'increase',
  'rise',
  'fall',
  'cut',
  'decrease',
]);

/**
 * Whether the measure in `n` (a quantity with a dimension, quantityDimension) sizes a thing: it modifies a noun,
 * follows a rating word, takes a dimension adjective or is a thing's stated state; never when it is part of a
 * change told in the clause.
 */
export function sizesAThing(n: NumberContext): boolean {
  const { tokens, q, at } = n;
  if (q.change || q.fromTo || q.range) return false;
  const unit = unitAfter(tokens, at);
  if (unit === undefined) return false;
  const next = tokens[unit.last + 1];
  if (next?.kind === 'word' && DIMENSION_ADJECTIVES.has(next.lower)) return true;
  // "600 mm ducting", "a 40 kW boiler", "a 30 m beech": a noun right after the unit is the thing it sizes.
  // A participle ("900,000 km driven") or an -ly adverb tells an act, not a thing.
  if (
    next?.kind === 'word' &&
    next.start - tokens[unit.last].end <= 1 &&
    /^[a-z]/.test(next.text) &&
    !PHRASE_ENDS.has(next.lower) &&
    !next.lower.endsWith('ly') &&
    !isParticiple(next.lower) &&
    !CHANGE_NOUNS.has(next.lower) &&
    !CHANGE_NOUNS.has(tokens[unit.last + 2]?.lower ?? '')
  )
    return true;
  let p = at - 1;
  while (p >= 0 && (tokens[p].kind === 'symbol' || APPROXIMATORS.has(tokens[p].lower))) p--;
  // "rated to 1.5 t", "a capacity of 40 kW", "rated at 40 kW".
  if (p >= 0 && /^(to|at|of|for)$/.test(tokens[p].lower)) p--;
  if (p >= 0 && RATING_WORDS.has(tokens[p].lower)) return true;
  // "the new boiler is 40 kW", "the generator was 60 kW": a thing's state, unless the clause tells it as a
  // result reached ("is now 11 l/100 km").
  return p >= 0 && BE_FORMS.has(tokens[p].lower) && q.evidence !== 'now';
}

/** Whether a past participle follows the measure in `n`: "900,000 km driven", "12 t lifted" tell a past event of it. */
export function isMeasuredByAct(n: NumberContext): boolean {
  const unit = unitAfter(n.tokens, n.at);
  const next = unit && n.tokens[unit.last + 1];
  return next?.kind === 'word' && isParticiple(next.lower);
}
