import fc from 'fast-check';
import { addDays } from '../dates/calendarDate';
import type { ClaimAction } from './claimAction';
import { claimOn, newClaimState, type ClaimState } from './claimState';
import { decideClaim } from './decideClaim';
import { settleExpiry, tierOf } from './protection';
import { countCloseClaims } from './quota';
import { ctx, d } from './__fixtures__/claimFixtures';

const REPS = ['张三', '李四', '王五', '钱七'];
const action: fc.Arbitrary<ClaimAction> = fc.oneof(
  fc.constantFrom<ClaimAction>({ kind: 'phone' }, { kind: 'visit' }, { kind: 'deal' }, { kind: 'release' }),
  fc.constantFrom('BL-466', 'X-1').map((sampleModel): ClaimAction => ({ kind: 'sample', sampleModel })),
);
/** Reps acting on one customer over time: who, what, how many days after the previous step. */
const steps = fc.array(fc.record({ rep: fc.constantFrom(...REPS), action, gap: fc.integer({ min: 0, max: 60 }) }), { maxLength: 25 });

test('whatever reps do, protection holds, blocks change nothing, and the log only grows', () => {
  fc.assert(fc.property(steps, (plan) => {
    let state: ClaimState = newClaimState('k', '某客户');
    let today = d('2026-01-01');
    for (const { rep, action: act, gap } of plan) {
      today = addDays(today, gap);
      const context = { ...ctx(rep, { today }), closeCounts: countCloseClaims([state], ctx(rep).policy, today) };
      const before = claimOn(settleExpiry(state, context.policy, today).state, '');
      const decision = decideClaim(state, act, context);

      expect(decision.next.history.slice(0, state.history.length)).toEqual(state.history);
      expect(decision.next.history.slice(state.history.length)).toEqual(decision.log);
      if (decision.outcome === 'block') expect(claimOn(decision.next, '')).toEqual(before);
      if (before && tierOf(before, context.policy, today) !== 'open' && before.owner !== rep) {
        expect(claimOn(decision.next, '')?.owner).toBe(before.owner);
      }
      // A block's next state is saved too: it records the collision and any expiry.
      state = decision.next;
    }
  }), { numRuns: 200 });
});
