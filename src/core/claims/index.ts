// The claim rules (SPEC §4): pure functions of customer state, action, actor, policy and today.
export type { ActivityEntry, ActivityKind, ContactKind, CreditShare } from './activity';
export { isContactAction, type ClaimAction, type ContactAction } from './claimAction';
export type { ClaimContext, ClaimDecision, ClaimOutcome } from './claimDecision';
export { claimPolicy, DEFAULT_CLAIM_POLICY, ruleDate, validatePolicy, type ClaimPolicy, type ClaimPolicyChanges, type NewHireConflict } from './claimPolicy';
export { claimOn, isActive, newClaimState, type ClaimState, type LineClaim, type PrimaryOwner } from './claimState';
export { decideClaim } from './decideClaim';
export { gradeProblem } from './grades';
export { handoverScript, scriptText, surnameOf, type HandoverScriptInput } from './handoverScript';
export { preferNewHire, type Contender } from './newHirePreference';
export { creditSplit } from './override';
export { parentConflict, parentKeyOf, type NameReading, type ParentConflict } from './parentBranch';
export { lineKeyOf, lineOwners, namedPrimary, primaryOwnerOf } from './productLines';
export { CustomerKeys, type KeyedClaim, type KeyMove } from './customerKeys';
export { surplusOffer, type SurplusOffer } from './surplusOffer';
export { claimKeyOf, cleanLineList, customerKeyOf, effectiveLine, isDormantLine, lineProblem, LINE_KEY_SEPARATOR } from './productLineList';
export { creditSharesIn, creditSharesMessage, isSurplusHandover, SURPLUS_HANDOVER_MARK } from './creditShares';
export {
  hasLapsed, isProtected, protectedUntil, settleExpiry, tierOf, type ClaimTier,
} from './protection';
export { protectedByMessage } from './protectionReason';
export { claimFromRecord, claimStateFromRecord, protectedUntilOf, recordWithClaim } from './recordBridge';
export { closeClaims, countCloseClaims, quotaProblem, surplusCloseClaims, type HeldClaim } from './quota';
export {
  remindersFor, type ClaimRef, type DueFollowUp, type ExpiringProtection, type LapsedProtection, type Reminders,
} from './reminders';
export { findMember, isNewHire, rosterMemberOf, tenureMonths, UNKNOWN_HIRE_DATE, type RosterMember } from './roster';
export { rotationReview, type RotationFlag } from './rotation';
export { tierLabel } from './tierLabel';
