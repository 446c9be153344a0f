/**
 * The figures behind the built-in sample set (渭南市, 2024-01 … 2025-03), generated deterministically.
 * 2025Q1 reproduces the real Weinan meeting figures: 9960 whole-blood + 442 platelet donations = 10402 人次;
 * on the 2024 year-end population of 4,619,000 that is 2.25‰.
 */

/** One collection site's figures in one month. */
export interface SiteFigures {
  readonly site: string;
  readonly wholeBloodDonors: number;
  readonly wholeBloodUnits: number;
  readonly plateletDonors: number;
  readonly plateletDoses: number;
}

/** One hospital's issued blood in one month. */
export interface HospitalFigures {
  readonly hospital: string;
  readonly redCellsU: number;
  readonly plasmaMl: number;
  readonly plateletDoses: number;
  readonly cryoU: number;
}

/** The counties in profile order and their 2025Q1 whole-blood and platelet donations (人次). */
export const COUNTY_Q1_2025: Readonly<Record<string, readonly [wholeBlood: number, platelets: number]>> = {
  临渭区: [3480, 372], 华州区: [420, 0], 潼关县: [320, 0], 大荔县: [860, 0], 合阳县: [560, 0], 澄城县: [480, 0],
  蒲城县: [980, 0], 白水县: [330, 0], 富平县: [950, 0], 韩城市: [820, 70], 华阴市: [760, 0],
};

/** Hospitals as the supply department writes them (some by alias), with their share of issued red cells. */
export const HOSPITAL_SHARES: readonly (readonly [name: string, share: number])[] = [
  ['渭南市中心医院', 0.36], ['市二院', 0.17], ['渭南市妇幼保健院', 0.06], ['韩城市人民医院', 0.1],
  ['蒲城县医院', 0.09], ['富平县医院', 0.08], ['大荔县医院', 0.08], ['华阴市人民医院', 0.06],
];

// Seasonal pattern of donations by calendar month: low around the Spring Festival (Feb), high before winter.
const SEASON = [0.96, 0.78, 1.06, 1.04, 1.08, 1.02, 0.98, 0.97, 1.03, 1.05, 1.08, 1.12];
// The first quarter's average seasonal level, so other months scale from the 2025Q1 monthly mean.
const Q1_SEASON = (SEASON[0] + SEASON[1] + SEASON[2]) / 3;
// The 2025Q1 monthly split of each county's quarter (Jan, Feb, Mar).
const Q1_SPLIT = [0.36, 0.27, 0.37];
// Counties whose 2024 was stronger, so the briefing names them as falling year on year.
const DECLINING = new Set(['澄城县', '白水县']);

/** The county's collection sites: the 献血屋 carry apheresis; teams and buses collect whole blood only. */
export function sitesOf(county: string): string[] {
  const short = county.replace(/[区县市]$/, '');
  return county === '临渭区'
    ? ['中心献血屋', '高新区献血屋', '流动采血车', '团体献血']
    : [`${short}献血屋`, '流动采血车', '团体献血'];
}

/** A county's month: whole-blood and platelet donors, split over its sites with units and doses. */
export function countyMonth(county: string, year: number, month: number): SiteFigures[] {
  const [wholeBlood, platelets] = monthlyDonors(county, year, month);
  const sites = sitesOf(county);
  const weights = sites.length === 4 ? [0.4, 0.22, 0.23, 0.15] : [0.45, 0.33, 0.22];
  const donors = split(wholeBlood, weights);
  return sites.map((site, i) => siteFigures(site, donors[i], i === 0 ? platelets : 0, `${county}${year}${month}${site}`));
}

function monthlyDonors(county: string, year: number, month: number): [number, number] {
  const [q1Whole, q1Platelets] = COUNTY_Q1_2025[county];
  if (year === 2025 && month <= 3) return [split(q1Whole, Q1_SPLIT)[month - 1], split(q1Platelets, Q1_SPLIT)[month - 1]];
  const level = (DECLINING.has(county) ? 1.06 : 0.965) * SEASON[month - 1] / Q1_SEASON;
  const noise = 1 + (hash(`${county}${year}${month}`) - 0.5) * 0.06;
  return [Math.round(q1Whole / 3 * level * noise), Math.round(q1Platelets / 3 * level * noise)];
}

function siteFigures(site: string, wholeBloodDonors: number, plateletDonors: number, seed: string): SiteFigures {
  // Bag sizes: about 70 % 400 ml (2 U), 10 % 300 ml (1.5 U), the rest 200 ml (1 U) — 200 ml = 1 U.
  const n400 = Math.round(wholeBloodDonors * (0.66 + hash(seed) * 0.08));
  const n300 = Math.round(wholeBloodDonors * 0.1);
  const n200 = wholeBloodDonors - n400 - n300;
  // One apheresis donation gives one or two therapeutic doses; about 60 % give two.
  const doubleDoses = Math.round(plateletDonors * 0.6);
  return { site, wholeBloodDonors, wholeBloodUnits: 2 * n400 + 1.5 * n300 + n200, plateletDonors, plateletDoses: plateletDonors + doubleDoses };
}

/** The supply department's month: what each hospital was issued, scaled to the city's collections. */
export function supplyMonth(cityUnits: number, cityDoses: number, year: number, month: number): HospitalFigures[] {
  const red = split(Math.round(cityUnits * 0.94), HOSPITAL_SHARES.map(([, s]) => s));
  const doses = split(Math.round(cityDoses * 0.97), HOSPITAL_SHARES.map(([, s], i) => (i < 2 ? s * 2 : s * 0.5)));
  return HOSPITAL_SHARES.map(([hospital], i) => ({
    hospital,
    redCellsU: red[i],
    plasmaMl: Math.round(red[i] * (0.42 + hash(`${hospital}${year}${month}`) * 0.1)) * 100,
    plateletDoses: doses[i],
    cryoU: Math.round(red[i] * 0.11),
  }));
}

/** Splits a whole number by weights, exactly: the rounding remainder goes to the largest part. */
export function split(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.floor((total * w) / sum));
  const largest = weights.indexOf(Math.max(...weights));
  return parts.map((p, i) => (i === largest ? p + total - parts.reduce((a, b) => a + b, 0) : p));
}

/** A deterministic pseudo-random number in [0, 1) from a string (FNV-1a), so the sample never changes. */
function hash(text: string): number {
  const h = [...text].reduce((acc, ch) => Math.imul(acc ^ ch.codePointAt(0)!, 16777619) >>> 0, 2166136261);
  return h / 2 ** 32;
}
