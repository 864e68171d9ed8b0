import { plantNames, type Expectation, type PlantedKind } from './plantedNames';
import { SyntheticCompanies, type CompanyName } from './syntheticNames';

/** One lookup of the benchmark and what it should find. */
export interface BenchQuery {
  name: string;
  kind: PlantedKind | 'unrelated';
  expected: Expectation | 'unrelated';
  /** Index of the base (register row) the name was planted from; -1 for an unrelated name. */
  baseIndex: number;
}

export interface Workload {
  /** The register: distinct base names, row i has id String(i). */
  bases: string[];
  /** Planted variants and hard negatives, then unrelated new names, shuffled. */
  queries: BenchQuery[];
  /** Names to warm each matcher up with before timing; none of them is a query. */
  warmup: string[];
  /** The whole list the audit runs over: bases, then every planted name, then the unrelated names. */
  auditList: string[];
  /** Row in `auditList` of each planted name, keyed by the planted name's position in `queries`. */
  auditRowOfQuery: number[];
}

export interface WorkloadShape {
  size: number;
  perKind: number;
  unrelated: number;
  warmup: number;
  seed: number;
}

function toQuery(base: CompanyName): BenchQuery {
  return { name: base.name, kind: 'unrelated', expected: 'unrelated', baseIndex: -1 };
}

/**
 * Generated names are concatenations (place + brand + industry + legal form), which V8 keeps as trees of pieces
 * until first read; the first parse flattens them and frees the trees. Flattened here, as names read from a sheet
 * or a CSV are, so that freeing does not hide the index's own memory in `heap_mb`.
 */
function flattened<T extends { name: string }>(companies: T[]): T[] {
  for (const company of companies) ANY_CHARACTER.test(company.name);
  return companies;
}
const ANY_CHARACTER = /./u;

export function buildWorkload(shape: WorkloadShape): Workload {
  const companies = new SyntheticCompanies(shape.seed);
  const bases = flattened(companies.take(shape.size));
  const planted = flattened(plantNames(bases, companies, shape.perKind, shape.seed + 1));
  // Drawn after planting, so neither group can share brand + industry with a planted name.
  const unrelated = flattened(companies.take(shape.unrelated));
  const warmup = companies.take(shape.warmup).map((company) => company.name);

  const plantedQueries: BenchQuery[] = planted.map((p) => ({ ...p }));
  const ordered = [...plantedQueries, ...unrelated.map(toQuery)];
  const auditList = [...bases.map((b) => b.name), ...ordered.map((q) => q.name)];
  const rowOf = new Map(ordered.map((query, index) => [query, bases.length + index]));
  const queries = companies.random.shuffled(ordered);
  return {
    bases: bases.map((b) => b.name),
    queries,
    warmup,
    auditList,
    auditRowOfQuery: queries.map((query) => rowOf.get(query) ?? -1),
  };
}
