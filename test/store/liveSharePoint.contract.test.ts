import { fixedToken } from '../../src/store/sharepoint/auth/tokenProvider';
import { connectSharePoint } from '../../src/store/sharepoint/connectSharePoint';
import type { SharePointClaimStore } from '../../src/store/sharepoint/sharePointClaimStore';
import { describeClaimStoreContract, type ContractSubject } from './claimStoreContract';

/**
 * Opt-in: the same contract against a real SharePoint site. Give a site and a delegated Graph token that
 * may create lists (Sites.Manage.All), e.g. from Graph Explorer:
 *   CLAIM_REGISTER_LIVE_SITE_URL=https://contoso.sharepoint.com/sites/test CLAIM_REGISTER_LIVE_TOKEN=eyJ… npx jest liveSharePoint
 * Every test provisions its own lists (prefix ClaimRegisterLive<run><n>) and deletes them afterwards.
 */
const siteUrl = process.env.CLAIM_REGISTER_LIVE_SITE_URL;
const token = process.env.CLAIM_REGISTER_LIVE_TOKEN;

if (!siteUrl || !token) {
  test.skip('live SharePoint contract: skipped — set CLAIM_REGISTER_LIVE_SITE_URL and CLAIM_REGISTER_LIVE_TOKEN to run it', () => undefined);
} else {
  jest.setTimeout(120_000);
  const run = Date.now().toString(36);
  const stores = new Map<ContractSubject, SharePointClaimStore>();
  let n = 0;

  const connect = async (listPrefix: string, provision: boolean): Promise<SharePointClaimStore> => {
    const connected = await connectSharePoint({ siteUrl, listPrefix, provision }, { tokens: fixedToken(token) });
    if (!connected.ok) throw new Error(`cannot connect to ${siteUrl}: ${connected.reason.key}`);
    return connected.value;
  };

  describeClaimStoreContract(`live SharePoint at ${siteUrl}`, {
    async open() {
      const listPrefix = `ClaimRegisterLive${run}${(n += 1)}`;
      const store = await connect(listPrefix, true);
      const subject: ContractSubject = { store, secondClient: () => connect(listPrefix, false) };
      stores.set(subject, store);
      return subject;
    },
    async close(subject) {
      const store = stores.get(subject);
      if (!store) return;
      const { client, siteId, ids } = store.lists;
      for (const id of Object.values(ids)) await client.api(`/sites/${siteId}/lists/${id}`).delete();
    },
  });
}
