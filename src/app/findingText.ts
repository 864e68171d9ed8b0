import { formatReasons } from '../core/names/formatReasons';
import { formatMessage, message, type Message } from '../i18n/message';
import { ROW_MARK_NOTE_PREFIX } from '../hosts/spreadsheetHost';
import type { RowFinding } from '../core/register/rowFindings';

/** A note names this many look-alike rows; the pane lists them all. */
const NOTE_MATCHES = 3;

/** The reasons of a finding, one line each, most serious first; rows are numbered as Excel shows them. */
export function findingMessages(finding: RowFinding, matchLimit = Infinity): Message[] {
  const lines: Message[] = [];
  if (finding.level === 'blocked') {
    // 撞单 only when a colleague holds the customer; a rule's own refusal (grade, quota, line) says so instead.
    const collided = finding.log.some((e) => e.kind === 'collision');
    lines.push(message(collided ? 'host.finding.blocked' : 'rules.finding.refused', { reason: formatReasons(finding.decision, 'zh-CN') }));
  } else {
    lines.push(...finding.decision);
  }
  const shown = finding.matches.filter((m) => m.verdict !== 'duplicate' || m.earlier);
  for (const match of shown.slice(0, matchLimit)) {
    const params = { row: match.row + 1, name: match.name, rep: match.rep || '—', reason: formatMessage(match.reason, 'zh-CN') };
    if (match.verdict === 'duplicate' && match.earlier) {
      lines.push(message(match.rep.trim() === finding.rep.trim() ? 'host.finding.registeredTwice' : 'host.finding.sameCustomer', params));
    } else if (match.verdict === 'possible-duplicate') {
      lines.push(message('host.finding.possibleDuplicate', params));
    } else if (match.verdict === 'branch') {
      lines.push(message('host.finding.branch', params));
    }
  }
  if (shown.length > matchLimit) lines.push(message('host.finding.moreMatches', { count: shown.length - matchLimit }));
  for (const error of finding.errors) {
    lines.push(message('host.finding.cell', { header: error.header, problem: formatMessage(error.message, 'zh-CN') }));
  }
  return lines;
}

/** The note the add-in puts on a marked row's name cell (Chinese, like the register), or null for a clear row. */
export function findingNote(finding: RowFinding): string | null {
  if (finding.level === 'clear') return null;
  return ROW_MARK_NOTE_PREFIX + findingMessages(finding, NOTE_MATCHES).map((m) => formatMessage(m, 'zh-CN')).join('\n');
}
