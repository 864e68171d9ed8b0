import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { ClaimStore } from '../../src/store/claimStore';
import { LocalClaimStore } from '../../src/store/local/localClaimStore';
import { describeClaimStoreContract, type ContractSubject } from './claimStoreContract';

const opened = new WeakMap<ContractSubject, LocalClaimStore[]>();

describeClaimStoreContract('local (Dexie on fake-indexeddb)', {
  async open() {
    // A fresh IndexedDB per test; the second client opens the same database, as a second tab would.
    const source = { indexedDB: new IDBFactory(), IDBKeyRange };
    const stores = [LocalClaimStore.open('contract', source)];
    const subject: ContractSubject = {
      store: stores[0],
      async secondClient(): Promise<ClaimStore> {
        const second = LocalClaimStore.open('contract', source);
        stores.push(second);
        return second;
      },
    };
    opened.set(subject, stores);
    return subject;
  },
  async close(subject) {
    for (const store of opened.get(subject) ?? []) store.close();
  },
});
