import { message, type Message } from '../i18n/message';
import { fail, succeed, type Outcome } from './outcome';

const BOMS: { bytes: number[]; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** 1-based line numbers of the text (as Excel counts rows in a CSV) at which each byte offset sits. */
function linesOf(bytes: Uint8Array, offsets: number[]): number[] {
  const lines = new Set<number>();
  let line = 1;
  let at = 0;
  for (const offset of [...offsets].sort((a, b) => a - b)) {
    for (; at < offset; at++) if (bytes[at] === 0x0a) line++;
    lines.add(line);
  }
  return [...lines];
}

/** Lines with bytes that do not decode, from the positions of U+FFFD in a lenient decoding, line by line. */
function badLines(text: string): number[] {
  const lines: number[] = [];
  text.split('\n').forEach((line, index) => { if (line.includes('\ufffd')) lines.push(index + 1); });
  return lines;
}

/** Counts well-formed multi-byte UTF-8 sequences and bytes that belong to none. */
function utf8Evidence(bytes: Uint8Array): { multiByte: number; invalid: number } {
  let multiByte = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i];
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (!ok) { invalid++; i++; continue; }
    if (length > 1) multiByte++;
    i += length;
  }
  return { multiByte, invalid };
}

const listRows = (lines: number[]) => lines.slice(0, 20).join('、') + (lines.length > 20 ? ` 等 ${lines.length} 行` : '');

/**
 * The text of a CSV or tab-separated file. A BOM decides (UTF-8, or UTF-16 LE/BE as Excel's "Unicode 文本"
 * writes); otherwise UTF-8, or GB18030 (what Chinese Excel saves) when the bytes are mostly not UTF-8. Bytes
 * that decode in neither are refused with the rows that hold them: a guessed encoding gives wrong names, and a
 * wrong name gives a wrong "可以登记".
 */
export function decodeText(bytes: Uint8Array): Outcome<string> {
  const bom = BOMS.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));
  if (bom) return strictly(bytes, bom.encoding, bom.bytes.length);
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const offsets: number[] = [];
    bytes.forEach((byte, i) => { if (byte === 0 && offsets.length < 1000) offsets.push(i); });
    return fail(message('cli.error.nulBytes', { rows: listRows(linesOf(bytes, offsets)) }));
  }
  const { multiByte, invalid } = utf8Evidence(bytes);
  if (invalid === 0) return succeed(new TextDecoder('utf-8').decode(bytes));
  // One stray byte in a UTF-8 file must not turn every Chinese name into GB18030 mojibake.
  return multiByte >= invalid ? strictly(bytes, 'utf-8', 0) : strictly(bytes, 'gb18030', 0);
}

function strictly(bytes: Uint8Array, encoding: string, skip: number): Outcome<string> {
  const body = bytes.subarray(skip);
  try {
    return succeed(new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body));
  } catch {
    const lines = badLines(new TextDecoder(encoding, { ignoreBOM: true }).decode(body));
    const error: Message = message('cli.error.invalidBytes', { encoding: encoding.toUpperCase(), rows: listRows(lines) });
    return fail(error);
  }
}
