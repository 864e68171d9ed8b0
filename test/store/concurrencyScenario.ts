import { dedupeKey } from '../../src/core/names';
import type { ClaimOutcome, ClaimStore, RosterEntry } from '../../src/store/claimStore';
import type { EmulatedTeamSite } from '../graph/emulatedTeamSite';
import { actor, customer, edit, MANAGER } from './storeFixtures';

/**
 * The race the shared list exists for: many reps registering overlapping customers at the same moment,
 * each typing the name their own way (dots, spaces, full-width, traditional characters, place prefixes,
 * legal forms), so only the 查重键 shows they are one customer.
 */
export interface ConcurrencyPlan {
  reps: RosterEntry[];
  /** Distinct customers, by 查重键. */
  keys: string[];
  /** Per rep, the names they register, in order. */
  work: { rep: RosterEntry; name: string; key: string }[][];
}

export interface Attempt {
  rep: string;
  name: string;
  key: string;
  editId: string;
  outcome: ClaimOutcome;
}

export interface ConcurrencyRun {
  plan: ConcurrencyPlan;
  attempts: Attempt[];
  elapsedMs: number;
}

const BRAND_CHARS = '华星宏达鑫源利丰恒泰博蓝格林雅玛金银海天龙凤明光新世纪佳美安康富强盛威远通顺德嘉信诚联创';
const INDUSTRIES = ['电子', '化工', '涂料', '科技', '贸易', '塑胶', '五金', '照明'];
const TRADITIONAL: Record<string, string> = { 电: '電', 贸: '貿', 华: '華', 龙: '龍', 凤: '鳳', 达: '達', 丰: '豐', 东: '東', 宏: '宏', 兴: '興', 业: '業' };

/** How a rep might type one company: each is the same customer to the 查重键. */
const VARIANTS: ((brand: string, industry: string) => string)[] = [
  (b, i) => `深圳市${b}${i}有限公司`,
  (b, i) => `${b}${i}`,
  (b, i) => `${b}.${i}`,
  (b, i) => `${b} ${i} 有限公司`,
  (b, i) => `${b}/${i}`,
  (b, i) => `${[...`${b}${i}`].map((c) => TRADITIONAL[c] ?? c).join('')}有限公司`,
  (b, i) => `${b}${i}（深圳）有限公司`,
  (b, i) => `广东${b}${i}股份有限公司`,
];

export function planConcurrency(repCount: number, customerCount: number, seed = 20261008): ConcurrencyPlan {
  const random = mulberry32(seed);
  const reps: RosterEntry[] = Array.from({ length: repCount }, (_, n) => ({
    name: `业务员${String(n + 1).padStart(2, '0')}`, department: `销售${(n % 4) + 1}部`, isManager: false, hireDate: null,
  }));
  const companies: { brand: string; industry: string; key: string }[] = [];
  const seen = new Set<string>();
  for (let tries = 0; companies.length < customerCount; tries += 1) {
    if (tries > customerCount * 50) throw new Error('the name matcher folds too few spellings together to plan the race');
    const brand = pick(random, [...BRAND_CHARS]) + pick(random, [...BRAND_CHARS]) + (random() < 0.5 ? pick(random, [...BRAND_CHARS]) : '');
    const industry = pick(random, INDUSTRIES);
    const key = dedupeKey(`${brand}${industry}`);
    if (!key || seen.has(key)) continue;
    // Only companies whose every spelling the name matcher folds to one key: the test is about the store.
    if (!VARIANTS.every((variant) => dedupeKey(variant(brand, industry)) === key)) continue;
    seen.add(key);
    companies.push({ brand, industry, key });
  }
  const work: ConcurrencyPlan['work'] = reps.map(() => []);
  for (const company of companies) {
    // One to three different reps go after each customer, each with their own spelling.
    const claimants = shuffle(random, reps.map((_, n) => n)).slice(0, 1 + Math.floor(random() * 3));
    for (const n of claimants) {
      work[n].push({ rep: reps[n], name: pick(random, VARIANTS)(company.brand, company.industry), key: company.key });
    }
  }
  return { reps, keys: companies.map((c) => c.key), work: work.map((list) => shuffle(random, list)) };
}

/** Every rep on their own Graph client, all at once; each rep works through their names one after another. */
export async function runConcurrency(team: EmulatedTeamSite, listPrefix: string, plan: ConcurrencyPlan): Promise<ConcurrencyRun> {
  const admin = await team.connect({ listPrefix, provision: true });
  await admin.putRosterEntry(MANAGER, actor(MANAGER), edit());
  for (const rep of plan.reps) await admin.putRosterEntry(rep, actor(MANAGER), edit());
  const clients: ClaimStore[] = await Promise.all(plan.reps.map(() => team.connect({ listPrefix })));

  const attempts: Attempt[] = [];
  const started = performance.now();
  await Promise.all(plan.work.map(async (list, n) => {
    for (const { rep, name, key } of list) {
      const context = edit();
      const outcome = await clients[n].claim(customer(name, key, rep), actor(rep), context);
      attempts.push({ rep: rep.name, name, key, editId: context.editId, outcome });
    }
  }));
  return { plan, attempts, elapsedMs: performance.now() - started };
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

function shuffle<T>(random: () => number, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
