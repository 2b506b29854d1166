import { isQuotaError } from "../storage/is-quota-error.ts";
import type { StoredWrite } from "../storage/contract-store.ts";
import type { KeyParameters } from "./sealed-envelope.ts";

/** The encryption, loaded only once a lock is used: most couples never set one, and the workbook's start-up script stays small. */
const cipher = () => import("./sealed-envelope.ts");

/** Where the lock record lives: beside the contract, under the same prefix. */
export const LOCK_KEY = "autonomy-contract/lock";
/** What the lock record seals: opening it proves the passphrase, with or without a saved contract. */
const CHECK_TEXT = "autonomy-contract: the passphrase is right";

/** How unlocking went. "wrong" says no more than that: not how close, not which part. */
export type UnlockResult = "unlocked" | "wrong" | "damaged" | "unavailable";

/**
 * The optional lock of a shared device: whether a passphrase is set (its record in
 * storage) and, while the page is unlocked, the key derived from it, held in memory
 * only and never stored. Seals and opens the contract's stored text with that key.
 */
export interface DeviceLock {
  readonly key: string;
  /** A passphrase is set on this device. */
  isSet(): boolean;
  /** The key is in memory: stored text can be opened and sealed. */
  isOpen(): boolean;
  unlock(passphrase: string): Promise<UnlockResult>;
  /** Whether a passphrase is the one set, without changing anything. */
  check(passphrase: string): Promise<boolean>;
  /**
   * Sets a new passphrase (a new salt, a new key) and keeps the lock open with it;
   * the contract's plain text, if given, is sealed with the new key and written in
   * the same moment as the lock's record.
   */
  set(passphrase: string, contract?: { key: string; text: string }): Promise<StoredWrite>;
  /** Removes the passphrase: from then on the contract is stored as plain text. */
  remove(): StoredWrite;
  /** Drops the key from memory: the lock is shut until the passphrase is given again. */
  forget(): void;
  seal(text: string): Promise<string>;
  /** Opens sealed text; undefined when this key did not seal it. */
  open(text: string): Promise<string | undefined>;
  /** Whether stored text is sealed (an envelope), rather than plain contract JSON. */
  isSealed(text: string): Promise<boolean>;
}

/** Opens the lock of this device's storage; `getStorage` throws where storage is off. */
export function createDeviceLock(getStorage: () => Storage): DeviceLock {
  let open: { key: CryptoKey; parameters: KeyParameters } | undefined;
  const record = () => {
    try {
      return getStorage().getItem(LOCK_KEY);
    } catch {
      return null;
    }
  };
  const keyFor = async (passphrase: string): Promise<{ result: UnlockResult; key?: CryptoKey; parameters?: KeyParameters }> => {
    const text = record();
    if (text === null) return { result: "unavailable" };
    const { deriveLockKey, openEnvelope, parametersOf, parseEnvelope } = await cipher();
    const envelope = parseEnvelope(text);
    if (!envelope) return { result: "damaged" };
    const parameters = parametersOf(envelope);
    const key = await deriveLockKey(passphrase, parameters);
    return (await openEnvelope(key, envelope)) === CHECK_TEXT ? { result: "unlocked", key, parameters } : { result: "wrong" };
  };
  return {
    key: LOCK_KEY,
    isSet: () => record() !== null,
    isOpen: () => open !== undefined,
    async unlock(passphrase) {
      const found = await keyFor(passphrase);
      if (found.key && found.parameters) open = { key: found.key, parameters: found.parameters };
      return found.result;
    },
    async check(passphrase) {
      return (await keyFor(passphrase)).result === "unlocked";
    },
    async set(passphrase, contract) {
      const { deriveLockKey, newKeyParameters, sealText } = await cipher();
      const parameters = newKeyParameters();
      const key = await deriveLockKey(passphrase, parameters);
      const text = JSON.stringify(await sealText(key, parameters, CHECK_TEXT));
      const sealed = contract && JSON.stringify(await sealText(key, parameters, contract.text));
      try {
        const storage = getStorage();
        // Both written at once, the contract first: there is no moment at which the
        // stored contract and the lock's record need different passphrases.
        if (contract && sealed) storage.setItem(contract.key, sealed);
        storage.setItem(LOCK_KEY, text);
        if (storage.getItem(LOCK_KEY) !== text || (contract && storage.getItem(contract.key) !== sealed)) return { ok: false, reason: "mismatch" };
      } catch (error) {
        return { ok: false, reason: isQuotaError(error) ? "quota" : "unavailable", error };
      }
      open = { key, parameters };
      return { ok: true };
    },
    remove() {
      try {
        const storage = getStorage();
        storage.removeItem(LOCK_KEY);
        open = undefined;
        return storage.getItem(LOCK_KEY) === null ? { ok: true } : { ok: false, reason: "mismatch" };
      } catch (error) {
        return { ok: false, reason: "unavailable", error };
      }
    },
    forget() {
      open = undefined;
    },
    seal(text) {
      // The key is taken now, not after an await: sealing asked for while open finishes even if the lock shuts meanwhile.
      const current = open;
      if (!current) return Promise.reject(new Error("the lock is shut: nothing can be sealed"));
      return cipher().then(({ sealText }) => sealText(current.key, current.parameters, text)).then((envelope) => JSON.stringify(envelope));
    },
    async open(text) {
      const current = open;
      const { openEnvelope, parseEnvelope } = await cipher();
      const envelope = parseEnvelope(text);
      return current && envelope ? openEnvelope(current.key, envelope) : undefined;
    },
    async isSealed(text) {
      return (await cipher()).parseEnvelope(text) !== undefined;
    },
  };
}
