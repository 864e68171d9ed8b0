import { daysBetween, monthsBetween, type CalendarDate } from '../dates/calendarDate';
import { formatMessage, message, type Locale, type Message } from '../../i18n/message';
import type { ActivityEntry, ContactKind } from './activity';
import { findMember, type RosterMember } from './roster';

export interface HandoverScriptInput {
  /** The rep who had the customer before; the script tells the customer about their contacts. */
  formerRep: string;
  roster: readonly RosterMember[];
  /** 联系人 as in the register ("李明", or already titled: "李经理", "王小姐"). */
  contactPerson: string;
  contactGender?: 'male' | 'female';
  /** Our company's name, as the rep introduces themself ("博蓝科技"). */
  company: string;
  /** Only this product line's contacts; all lines when omitted. */
  productLine?: string;
  today: CalendarDate;
}

/** Up to this many days the script says "45天前"; beyond it, months ("3个月前"). */
const MAX_DAYS_SPOKEN = 60;
const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '夏侯', '令狐', '长孙',
  '宇文', '司徒', '端木', '独孤', '南宫', '西门', '轩辕', '澹台', '呼延', '申屠'];
/** A 联系人 that already carries a form of address needs no 先生/女士. */
const TITLED = /(先生|女士|小姐|经理|总监|主管|主任|老板|老师|厂长|科长|部长|总|工)$/;
/** What the script talks about: a deal first, then the latest sample, visit, call. */
const PRIORITY: readonly ContactKind[] = ['deal', 'sample', 'visit', 'phone'];

/** 王强 → 王, 欧阳娜娜 → 欧阳, "Tom Wang" → "Wang". */
export function surnameOf(name: string): string {
  const trimmed = name.trim();
  if (/\s/.test(trimmed)) return trimmed.split(/\s+/).pop() as string;
  if (trimmed.length >= 3 && COMPOUND_SURNAMES.includes(trimmed.slice(0, 2))) return trimmed.slice(0, 2);
  return trimmed.slice(0, 1);
}

/** The former rep's contact the script should mention, or undefined when the log has none. */
function mentionedContact(
  history: readonly ActivityEntry[],
  input: HandoverScriptInput,
): { kind: ContactKind; entry: ActivityEntry } | undefined {
  const theirs = history.filter((e) => e.rep === input.formerRep && (PRIORITY as readonly string[]).includes(e.kind)
    && (input.productLine === undefined || e.productLine === input.productLine));
  for (const kind of PRIORITY) {
    const ofKind = theirs.filter((e) => e.kind === kind);
    if (!ofKind.length) continue;
    // A deal is told from when it began; anything else from its latest occurrence.
    const entry = ofKind.reduce((pick, e) => ((kind === 'deal' ? e.date < pick.date : e.date > pick.date) ? e : pick));
    return { kind, entry };
  }
  return undefined;
}

/** Without our company's name (not set yet on a first run) the rep greets without naming it, never "我是的". */
function greeting(input: HandoverScriptInput): Message {
  const params = { contact: input.contactPerson.trim(), company: input.company.trim() };
  const base = params.company ? 'claims.script.greeting' : 'claims.script.greetingNoCompany';
  if (TITLED.test(params.contact) || !input.contactGender) return message(base, params);
  return message(`${base}.${input.contactGender}` as const, params);
}

/** How long ago, as a rep says it: 今天, 昨天, 45天前, 3个月前. */
function spokenUnit(days: number): 'today' | 'yesterday' | 'days' | 'months' {
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  return days <= MAX_DAYS_SPOKEN ? 'days' : 'months';
}

function formerRepName(input: HandoverScriptInput): Message {
  const gender = findMember(input.roster, input.formerRep)?.gender;
  if (!gender) return message('claims.script.rep.name', { name: input.formerRep });
  const surname = surnameOf(input.formerRep);
  return message(gender === 'male' ? 'claims.script.rep.male' : 'claims.script.rep.female', { surname });
}

/**
 * The opening line for a rep who takes over a customer (proposal benefit ⑤), from the log:
 * "您好，李经理，我是博蓝科技的，我了解到我公司之前有业务员王先生联系过您，并在45天前给您送过BL-466的样品，
 * 不知您试用了我们产品后的效果如何呢，看看还有没有什么能帮到您的？" — with variants for a deal, a visit or
 * only a call, in days up to 60 and in months beyond. Returned as parts; scriptText joins them.
 * Null when the former rep has no contact in the log to speak of.
 */
export function handoverScript(history: readonly ActivityEntry[], input: HandoverScriptInput): Message[] | null {
  const mentioned = mentionedContact(history, input);
  if (!mentioned) return null;
  const { kind, entry } = mentioned;
  const days = daysBetween(entry.date, input.today);
  const unit = spokenUnit(days);
  const n = unit === 'months' ? monthsBetween(entry.date, input.today) : days;
  const model = entry.sampleModel?.trim() ?? '';
  const topic = kind === 'sample' && !model ? 'sampleNoModel' : kind;
  const body = message(`claims.script.${topic}.${unit}` as const, { n, model });
  return [greeting(input), message('claims.script.formerRepIntro'), formerRepName(input), body];
}

/** The script as one line of text in the rep's language. */
export function scriptText(parts: readonly Message[], locale: Locale = 'zh-CN'): string {
  return parts.map((part) => formatMessage(part, locale)).join('');
}
