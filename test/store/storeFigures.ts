import type { CalendarDate } from '../../src/core/dates/calendarDate';
import { customerFields } from '../../src/store/sharepoint/fieldMapping';
import { PAGE_SIZE } from '../../src/store/sharepoint/sharePointLists';
import { EmulatedTeamSite } from '../graph/emulatedTeamSite';
import { planConcurrency, runConcurrency } from './concurrencyScenario';
import { actor, customer, edit, MANAGER, seedTeam, ZHANG } from './storeFixtures';

export interface StoreFigures {
  load10000Items: { graphRequests: number; connectRequests: number; items: number; pageSize: number; ms: number };
  sync100Changes: { graphRequests: number; changes: number; ms: number };
  concurrency: { clients: number; customers: number; claims: number; graphRequests: number; ms: number };
}

/**
 * The shared list's figures for the benchmark JSON, measured on the Graph emulator with the real client:
 * Graph requests for a first sync of a 10,000-customer list, for picking up 100 colleagues' changes, and
 * the wall time of 20 reps racing for 1,000 customers. Run: node -r ./bench/register-ts.cjs test/store/storeFigures.ts
 */
export async function measureStoreFigures(): Promise<StoreFigures> {
  const team = await EmulatedTeamSite.start();
  try {
    const admin = await team.connect({ listPrefix: 'Figures', provision: true });
    await seedTeam(admin);
    team.emulator.seedItems(team.site, 'FiguresCustomers', Array.from({ length: 10_000 }, (_, n) => {
      const name = `第${n + 1}号客户贸易有限公司`;
      return customerFields(customer(name, `第${n + 1}号客户贸易`, ZHANG, { seq: n + 1 }), `seed-${n}`);
    }));

    team.emulator.clearLog();
    const reader = await team.connect({ listPrefix: 'Figures' });
    const connectRequests = team.emulator.requestCount;
    team.emulator.clearLog();
    let started = performance.now();
    const everything = await reader.changes(null);
    const load10000Items = {
      graphRequests: team.emulator.requestCount, connectRequests, items: everything.customers.length, pageSize: PAGE_SIZE,
      ms: Math.round(performance.now() - started),
    };

    const colleague = await team.connect({ listPrefix: 'Figures' });
    for (let n = 0; n < 100; n += 1) {
      const current = await colleague.getCustomer(`第${n * 97 + 1}号客户贸易`);
      if (!current) throw new Error('seeded customer missing');
      const visited = { ...current.record, status: 'visit' as const, visitDate: '2026-10-09' as CalendarDate };
      await colleague.updateCustomer(visited, current.version, actor(MANAGER), edit());
    }
    team.emulator.clearLog();
    started = performance.now();
    const hundred = await reader.changes(everything.cursor);
    const sync100Changes = { graphRequests: team.emulator.requestCount, changes: hundred.customers.length, ms: Math.round(performance.now() - started) };

    const plan = planConcurrency(20, 1000);
    team.emulator.clearLog();
    const race = await runConcurrency(team, 'FiguresRace', plan);
    return {
      load10000Items,
      sync100Changes,
      concurrency: {
        clients: plan.reps.length, customers: plan.keys.length, claims: race.attempts.length,
        graphRequests: team.emulator.requestCount, ms: Math.round(race.elapsedMs),
      },
    };
  } finally {
    await team.close();
  }
}

if (require.main === module) {
  measureStoreFigures().then(
    (figures) => console.log(JSON.stringify({ store: figures }, null, 2)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
