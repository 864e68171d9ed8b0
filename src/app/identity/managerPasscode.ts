import type { WorkbookSettings } from '../../hosts/spreadsheetHost';
import { message, type Message } from '../../i18n/message';

/** The workbook setting holding the manager passcode's salted hash (never the passcode). */
export const PASSCODE_SETTING = 'managerPasscode';
export const MIN_PASSCODE_LENGTH = 6;
/** PBKDF2-SHA-256 rounds: OWASP's 2023 figure; a few hundred milliseconds once per unlock. */
export const PBKDF2_ITERATIONS = 600_000;

export interface StoredPasscode {
  algorithm: 'PBKDF2-SHA-256';
  iterations: number;
  /** Base64. */
  salt: string;
  hash: string;
}

export type PasscodeAnswer = { ok: true; message: Message } | { ok: false; message: Message };

/**
 * Local mode has no sign-in, so a manager's powers are behind a passcode the first manager sets: its salted
 * PBKDF2 hash (WebCrypto, in browsers and Node alike) is kept in the workbook's settings. This stops a rep
 * who picks a manager's name in the pane; it does not stop anyone who can edit the file from editing cells.
 */
export class ManagerPasscode {
  private unlocked = false;

  constructor(private readonly settings: WorkbookSettings, private readonly crypto: Crypto = globalThis.crypto) {}

  /** Manager powers are on only after the passcode was entered (or set) in this pane session. */
  get isUnlocked(): boolean {
    return this.unlocked;
  }

  async isSet(): Promise<boolean> {
    return (await this.settings.get<StoredPasscode>(PASSCODE_SETTING)) !== null;
  }

  /** The first manager sets it; changing it later needs the pane to be unlocked with the old one. */
  async set(passcode: string, repeat: string): Promise<PasscodeAnswer> {
    if ((await this.isSet()) && !this.unlocked) return { ok: false, message: message('identity.passcode.alreadySet') };
    if (passcode.length < MIN_PASSCODE_LENGTH) return { ok: false, message: message('identity.passcode.tooShort', { min: MIN_PASSCODE_LENGTH }) };
    if (passcode !== repeat) return { ok: false, message: message('identity.passcode.mismatch') };
    const salt = this.crypto.getRandomValues(new Uint8Array(16));
    const hash = await this.derive(passcode, salt, PBKDF2_ITERATIONS);
    await this.settings.set<StoredPasscode>(PASSCODE_SETTING, {
      algorithm: 'PBKDF2-SHA-256', iterations: PBKDF2_ITERATIONS, salt: toBase64(salt), hash: toBase64(hash),
    });
    this.unlocked = true;
    return { ok: true, message: message('identity.passcode.saved') };
  }

  async unlock(passcode: string): Promise<PasscodeAnswer> {
    const stored = await this.settings.get<StoredPasscode>(PASSCODE_SETTING);
    if (!stored) return { ok: false, message: message('identity.passcode.locked') };
    const hash = await this.derive(passcode, fromBase64(stored.salt), stored.iterations);
    this.unlocked = sameBytes(hash, fromBase64(stored.hash));
    return this.unlocked
      ? { ok: true, message: message('identity.passcode.unlocked') }
      : { ok: false, message: message('identity.passcode.wrong') };
  }

  lock(): void {
    this.unlocked = false;
  }

  private async derive(passcode: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
    const key = await this.crypto.subtle.importKey('raw', new TextEncoder().encode(passcode), 'PBKDF2', false, ['deriveBits']);
    const bits = await this.crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, key, 256);
    return new Uint8Array(bits);
  }
}

/** Compares every byte, so the time taken does not tell how much of a guess was right. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}
