// The sj-draw/1 verifier: plain ES module, no framework. See docs/verifier.md.
export { verifyRecord, RecordFormatError } from './verify.js';
export { sha256Hex, listHash, TicketHasher } from './sha.js';
export { ticketKey, ticketString } from './tickets.js';
export { orderByTicket, ticketOf } from './order.js';
export { parseRecordText, findDuplicateKey } from './strict_json.js';
