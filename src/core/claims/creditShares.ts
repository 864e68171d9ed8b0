import { formatMessage, message, type Message } from '../../i18n/message';
import type { CreditShare } from './activity';

/** "分成比例：李娜 70%，王芳 30%" — how a credit split is shown in the history, the pane and the summary. */
export function creditSharesMessage(shares: readonly CreditShare[]): Message {
  const list = shares.map((s) => formatMessage(message('rules.credit.share', { rep: s.rep, percent: s.percent }), 'zh-CN')).join('，');
  return message('rules.credit.shares', { shares: list });
}

const SHARES_TEXT = /分成比例：([^·]+)/;
const SHARE = /^(.+?)\s*(\d{1,3})%$/;

/**
 * The split written into a stored log line's text (the store keeps a log line's details as zh-CN text, so the
 * shared list reads the same for everyone); empty when the line records none.
 */
export function creditSharesIn(detail: string): CreditShare[] {
  const found = SHARES_TEXT.exec(detail);
  if (!found) return [];
  const shares: CreditShare[] = [];
  for (const part of found[1].split('，')) {
    const share = SHARE.exec(part.trim());
    if (!share) return [];
    shares.push({ rep: share[1].trim(), percent: Number(share[2]) });
  }
  return shares.reduce((sum, s) => sum + s.percent, 0) === 100 ? shares : [];
}

/** The word a surplus handover's log line starts with, so the history, 我的客户 and the summary can tell it. */
export const SURPLUS_HANDOVER_MARK = '多余紧密客户转新人';

/** Whether a stored transfer line is seed 001's surplus handover (a veteran's 紧密 customer to a new hire). */
export function isSurplusHandover(detail: string): boolean {
  return detail.startsWith(SURPLUS_HANDOVER_MARK);
}
