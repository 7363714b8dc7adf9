/**
 * How text becomes search terms, at build time and at question time alike (the index is only
 * valid with the same rules): lowercase, phrases that name one thing gain one canonical term
 * (VO2 max, maximal oxygen uptake -> vo2max), stop words go, the rest is Porter-stemmed.
 */
import { stemmer } from 'stemmer';

/** Canonical term -> the ways people write it. Matched on lowercased text, word-bounded. */
const SYNONYMS: Record<string, string[]> = {
  vo2max: ['vo2 max', 'vo2max', 'vo₂max', 'vo₂ max', 'v̇o2max', 'maximal oxygen uptake', 'maximum oxygen uptake', 'maximal oxygen consumption', 'max oxygen uptake', 'aerobic capacity'],
  hiit: ['hiit', 'high-intensity interval training', 'high intensity interval training', 'high-intensity intervals', 'interval training'],
  sit: ['sprint interval training'],
  doms: ['doms', 'delayed onset muscle soreness', 'delayed-onset muscle soreness', 'muscle soreness', 'sore muscles', 'sore muscle', 'muscles sore'],
  rpe: ['rpe', 'rating of perceived exertion', 'perceived exertion', 'borg scale'],
  rir: ['rir', 'reps in reserve', 'repetitions in reserve'],
  acl: ['acl', 'anterior cruciate ligament'],
  onerm: ['1rm', '1 rm', '1-rm', 'one-rep max', 'one rep max', 'one-repetition maximum', 'one repetition maximum', 'one-rep maximum'],
  hrv: ['hrv', 'heart rate variability', 'heart-rate variability'],
  hrmax: ['hrmax', 'hr max', 'max heart rate', 'maximum heart rate', 'maximal heart rate', 'max hr'],
  acwr: ['acwr', 'acute:chronic workload ratio', 'acute chronic workload ratio', 'acute-to-chronic workload ratio', 'acute:chronic', 'acute to chronic'],
  reds: ['red-s', 'red s', 'relative energy deficiency in sport', 'relative energy deficiency'],
  lactatethreshold: ['lactate threshold', 'anaerobic threshold', 'lt1', 'lt2'],
  mlss: ['mlss', 'maximal lactate steady state'],
  epoc: ['epoc', 'excess post-exercise oxygen consumption', 'afterburn'],
  phosphocreatine: ['phosphocreatine', 'creatine phosphate', 'atp-pc', 'atp-cp', 'pcr'],
  atp: ['atp', 'adenosine triphosphate'],
  bcaa: ['bcaa', 'bcaas', 'branched-chain amino acids', 'branched chain amino acids'],
  coldwater: ['cold-water immersion', 'cold water immersion', 'ice bath', 'ice baths', 'cold plunge', 'cwi'],
  bfr: ['bfr', 'blood flow restriction', 'blood-flow restriction', 'occlusion training'],
  ssc: ['stretch-shortening cycle', 'stretch shortening cycle', 'ssc'],
  nsaid: ['nsaid', 'nsaids', 'ibuprofen', 'anti-inflammatory drugs', 'anti-inflammatories', 'painkillers'],
  plyometric: ['plyometric', 'plyometrics', 'plyo', 'jump training'],
  carbohydrate: ['carb', 'carbs', 'carbohydrate', 'carbohydrates'],
  hydration: ['hydration', 'dehydration', 'fluid intake', 'drinking water'],
  taper: ['taper', 'tapering', 'peaking'],
  competition: ['competition', 'competitions', 'race', 'races', 'racing', 'race day', 'competition day'],
  deload: ['deload', 'deloads', 'deload week'],
  periodization: ['periodization', 'periodisation', 'periodized', 'periodised'],
  concussion: ['concussion', 'head injury', 'head injuries'],
  tendinopathy: ['tendinopathy', 'tendinitis', 'tendonitis', 'tendinosis'],
  hamstring: ['hamstring', 'hamstrings'],
  warmup: ['warm-up', 'warm up', 'warmup', 'warming up'],
  cooldown: ['cool-down', 'cool down', 'cooldown'],
  strength: ['strength training', 'resistance training', 'weight training', 'lifting weights', 'weightlifting'],
  hypertrophy: ['hypertrophy', 'muscle growth', 'build muscle', 'building muscle', 'muscle gain', 'gain muscle'],
  fatloss: ['fat loss', 'lose weight', 'losing weight', 'weight loss', 'lose fat', 'burn fat', 'fat burning'],
  caffeine: ['caffeine', 'coffee', 'espresso'],
  cardio: ['cardio', 'aerobic exercise', 'aerobic training', 'endurance training'],
  ankle: ['ankle sprain', 'sprained ankle', 'rolled ankle'],
  // Spellings and lay words for one thing: the notes use both sides ("acclimation" 14 times,
  // "acclimatisation" 21; "women" 63, "female" 36), and a question uses one.
  acclimatisation: ['acclimatisation', 'acclimatization', 'acclimation', 'acclimatise', 'acclimatize', 'acclimate', 'acclimatised', 'acclimatized', 'acclimated'],
  female: ['female', 'females', 'women', 'woman', 'girls'],
  male: ['male', 'males', 'men', 'boys'],
  youth: ['youth', 'youths', 'adolescent', 'adolescents', 'adolescence', 'teen', 'teens', 'teenager', 'teenagers', 'teenage', 'kid', 'kids', 'children', 'child', 'young athletes'],
  hyponatraemia: ['hyponatraemia', 'hyponatremia'],
  older: ['older adults', 'older adult', 'older athletes', 'older athlete', 'older people', 'older lifters', 'older runners', 'elderly', 'masters athletes', 'masters athlete', 'seniors'],
  pregnancy: ['pregnancy', 'pregnant'],
  plantbased: ['vegan', 'vegans', 'vegetarian', 'vegetarians', 'plant-based'],
  palpitation: ['palpitation', 'palpitations', 'heart racing', 'heart races', 'heart is racing', 'racing heart', 'racing heartbeat', 'racing irregular heartbeat', 'heart pounding', 'pounding heart'],
  sportsdrink: ['sports drink', 'sports drinks', 'sport drink', 'sport drinks', 'electrolyte drink', 'electrolyte drinks', 'isotonic drink', 'isotonic drinks'],
  intake: ['intake', 'intakes', 'consume', 'consumed', 'consuming', 'consumption', 'ingest', 'ingested', 'ingesting', 'ingestion'],
  avo2diff: ['a-vo2 difference', 'a-vo2 diff', 'a-v o2 difference', 'avo2 difference', 'arteriovenous oxygen difference', 'arterio-venous oxygen difference'],
  // "Type I" loses its numeral otherwise: one letter, and the pronoun "I" besides.
  slowtwitch: ['type i', 'slow-twitch', 'slow twitch'],
  // Everyday words for the notes' terms (data/dev-everyday.jsonl: "visualising my race", "up in the mountains").
  imagery: ['imagery', 'visualisation', 'visualization', 'visualise', 'visualize', 'visualised', 'visualized', 'visualising', 'visualizing', 'mental rehearsal'],
  altitude: ['altitude', 'altitudes', 'high altitude', 'in the mountains', 'up in the mountains', 'at elevation', 'high elevation', 'thin air'],
  alcohol: ['alcohol', 'alcoholic', 'beer', 'beers', 'wine', 'booze', 'nightcap', 'hangover'],
};

/** Short common words that carry no meaning for search. */
const STOP_WORDS = new Set(
  ('a an and are as at be been but by can could do does did for from had has have how i if in into is it its ' +
    'me my of on or our should so than that the their them then there these they this to too was we were what ' +
    'when where which who why will with would you your yours am any about after before more most much many ' +
    'also just get got go going really very best good better need needs want tell give some such each per ' +
    'during happen happens take takes make makes like way ways thing things often long use used using help helps ' +
    'work works actually usually someone people person anyone doing done well still even here there kind type ' +
    'mean means difference differ different between versus vs all sport sports ' +
    // Pieces of contractions ("isn't" -> "isn" + "t") and other function words: a word the notes never
    // use weighs most when coverage is judged, so these would make a conversational question look
    // off-topic.
    've ll re don doesn didn isn aren wasn weren hasn haven hadn won wouldn shouldn couldn ain ' +
    // The same contractions typed without their apostrophe ("whats", "im", "dont"), as on a phone.
    'whats im ive dont doesnt didnt isnt arent wasnt werent hasnt havent hadnt wont wouldnt shouldnt ' +
    'couldnt cant youre youve theyre thats theres hows whys wheres hes shes ur gonna wanna ok okay ' +
    'myself yourself ourselves himself herself itself themselves he him his she her hers its ours theirs ' +
    'being having while until through against above below again further once only own same both few ' +
    'nor not now other off over under out up down whom those because just than too very ' +
    // How a question is framed, not what it asks ("is it true that ...", "as far as possible").
    'true something anything possible till').split(' '),
);

const PHRASES: [RegExp, string][] = Object.entries(SYNONYMS).flatMap(([canonical, variants]) =>
  variants.map((v): [RegExp, string] => [new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(v)}(?=$|[^\\p{L}\\p{N}])`, 'gu'), canonical]),
);

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * American spellings of words the notes spell the British way ("muscle fibers", "hemoglobin"):
 * rewritten before anything else, so one word stays one term and weighs as much as before.
 */
const SPELLINGS: [RegExp, string][] = Object.entries({
  fiber: 'fibre', fibers: 'fibres', center: 'centre', centers: 'centres', glycemic: 'glycaemic',
  hemoglobin: 'haemoglobin', anemia: 'anaemia', anemic: 'anaemic', estrogen: 'oestrogen',
  liter: 'litre', liters: 'litres', program: 'programme', programs: 'programmes',
}).map(([us, uk]) => [new RegExp(`(?<![\\p{L}\\p{N}])${us}(?![\\p{L}\\p{N}])`, 'gu'), uk]);

/** Text -> lowercase, British spellings, each recognised phrase followed by its canonical term. */
export function expandSynonyms(text: string): string {
  let out = text.toLowerCase().normalize('NFKC');
  for (const [us, uk] of SPELLINGS) out = out.replace(us, uk);
  const found = new Set<string>();
  for (const [pattern, canonical] of PHRASES) {
    pattern.lastIndex = 0;
    if (pattern.test(out)) found.add(canonical);
  }
  if (found.size > 0) out += ` ${[...found].join(' ')}`;
  return out;
}

/**
 * Words of a text: letters and digits, with inner dots and slashes kept as one token (1.6, g/kg)
 * and inner hyphens between digits (3-5); a hyphenated word gives its parts, so "three-hour" meets
 * "hour" and "inverted-U" meets "inverted U".
 */
export function tokenize(text: string): string[] {
  const tokens = expandSynonyms(text).match(/[\p{L}\p{N}]+(?:[-./][\p{L}\p{N}]+)*/gu) ?? [];
  return tokens.flatMap((t) => (/-/.test(t) && /\p{L}/u.test(t) ? t.split('-').filter(Boolean) : [t]));
}

/** One token -> its index term, or null for a stop word. */
export function processTerm(token: string): string | null {
  const t = token.toLowerCase();
  if (t.length < 2 && !/\d/.test(t)) return null;
  if (STOP_WORDS.has(t)) return null;
  // Canonical terms and tokens with digits (vo2max, 1rm, 3-5) are kept as written.
  if (t in SYNONYMS || /\d/.test(t)) return t;
  return stemmer(t);
}

/** Whether a term is the canonical term of a synonym group ("vo2max", "glycaemic"). */
export function isCanonical(term: string): boolean {
  return Object.hasOwn(SYNONYMS, term);
}

/** Terms that name a group of people: a passage about one of them answers a question that names it. */
export const GROUPS = new Set(['youth', 'female', 'male', 'older', 'pregnancy', 'plantbased']);

/** Distinct index terms of a question: used to tell a real match from a one-word brush. */
export function queryTerms(question: string): string[] {
  const terms = new Set<string>();
  for (const token of tokenize(question)) {
    const term = processTerm(token);
    if (term !== null) terms.add(term);
  }
  return [...terms];
}
