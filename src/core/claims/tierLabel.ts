import { message, type Message } from '../../i18n/message';
import type { ClaimTier } from './protection';

/** 成交 / 紧密 / 普通, for the board and lists. */
export function tierLabel(tier: ClaimTier): Message {
  return message(`claims.tier.${tier}` as const);
}
