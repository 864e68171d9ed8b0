import type { register as zh } from '../zh-CN/register';

// English strings for the register domain; the keys must match zh-CN.
export const register: Record<keyof typeof zh, string> = {
  'register.nameEmpty': 'The customer name must not be empty',
  'register.nameNoLetters': 'The customer name "{value}" has no letter, digit or Chinese character, so it cannot be checked for duplicates',
  'register.nameEmoji': 'The customer name must not contain emoji: registered company names have none, and an emoji makes a known customer look new',
  'register.nameInvisible': 'The customer name contains control or invisible characters (such as a zero-width space); please retype it',
  'register.textControl': '{header} contains control characters (such as a tab or line break); please remove them',
  'register.textTooLong': '{header} allows at most {max} characters; this one has {length}',
  'register.repEmpty': 'The sales rep must not be empty',
  'register.repUnknown': 'Sales rep "{rep}" is not on the roster; please pick one from the list',
  'register.seqInvalid': 'The row number "{value}" must be a positive whole number',
  'register.statusUnknown': 'Status "{value}" is not in the list; choose 电话, 拜访, 送样, 合作 or 已释放',
  'register.statusNeedsDate': 'The status is "{status}" but {header} is empty',
  'register.statusBehindDates': '{header} is filled in, yet the status is "{status}"; it should be "{expected}"',
  'register.gradeUnknown': 'Customer grade "{value}" is not valid; use A, B or C',
  'register.dateMalformed': '"{value}" is not a recognisable date; write it as 2026-10-08',
  'register.dateAmbiguous': '"{value}" is ambiguous about year, month and day; write it as 2026-10-08, four-digit year first',
  'register.dateNonexistent': '"{value}" is not a real day; check the month and day',
  'register.dateSerialLeapBug': 'Excel date serial 60 means 1900-02-29, a day that never existed; please re-enter the date',
  'register.dateSerialOutOfRange': '"{value}" is not a valid Excel date serial (it must be between 1 and 2958465)',
  'register.dateInFuture': '{header} {date} is after today ({today}); a contact that has not happened cannot be registered',
  'register.dateTooEarly': '{header} {date} is before {earliest}; probably a typing mistake (e.g. only the day was entered)',
  'register.dateBeforeFirstContact': '{header} {date} is before the first contact date {firstContact}',
  'register.headerNoNameColumn': 'No customer-name column was found in the first {rows} rows. Check that the header has a column such as 客户名称, 公司名称 or 客户',
};
