// The page shares the hashing among workers; the result must be exactly the single-thread one.
// Here helpers are served over real MessageChannels (in this process).
import { describe, it, expect, afterAll } from 'vitest';
import { MessageChannel } from 'node:worker_threads';
import { verifyRecord, verifyRecordWith } from '../verify.js';
import { Helper, serveHelper, computeShared } from '../parallel.js';
import { loadVectors } from './vectors.js';
import { tamperings } from './tamper.js';

const channels = [];
async function verifyShared(record, helperCount) {
  const helpers = [];
  for (let h = 0; h < helperCount; h++) {
    const ch = new MessageChannel();
    channels.push(ch);
    serveHelper(structuredClone(record), ch.port2);
    helpers.push(new Helper(ch.port1));
  }
  const seen = [];
  const res = await verifyRecordWith(record, { onProgress: (p) => seen.push(p.done) }, (rec, req) => computeShared(rec, req, helpers));
  return { res, seen };
}
afterAll(() => channels.forEach((c) => { c.port1.close(); c.port2.close(); }));

describe('verification shared among helpers', () => {
  for (const { name, record } of loadVectors()) {
    it(`${name}: same result as on one thread, with 1 and 3 helpers, also for tampered copies`, async () => {
      for (const r of [record, ...tamperings(record).map((t) => t.record)]) {
        const single = verifyRecord(r);
        for (const n of [1, 3]) {
          const { res } = await verifyShared(r, n);
          expect(res).toEqual(single);
        }
      }
    });
  }

  it('counts helper progress too', async () => {
    const { record } = loadVectors()[0];
    const { seen } = await verifyShared(record, 1);
    expect(seen.at(-1)).toBeGreaterThan(record.strata.reduce((a, s) => a + s.n, 0));
  });
});
