// Why the background refused a request: the `error` of every `Result`. A transfer that started
// and then stopped names its reason differently, as one of TRANSFER_PROBLEMS (transfer-steps.ts),
// kept with the transfer. A refusal is only answered, never stored, so it is a type alone.

/** The envelope, sender or payload did not pass `requestProblem`, or the background failed. */
type RouterRefusal = 'bad-envelope' | 'unknown-type' | 'sender-not-allowed' | 'bad-shape';

/** The background could not be reached, or did not answer (see messaging/send.ts). */
type DeliveryRefusal = 'no-reply' | 'unreachable' | 'internal-error';

/** A handler refused: what the request asked for cannot be done now, or is not allowed. */
type HandlerRefusal =
  | 'already-saving'
  | 'bad-domains'
  | 'bad-name'
  | 'bad-target'
  | 'bad-url'
  | 'bad-word'
  | 'capture-changed'
  | 'destination-changed'
  | 'invalid-asset-panda-url'
  | 'invalid-profile'
  | 'metadata-refused'
  | 'no-metadata'
  | 'no-portal-tab'
  | 'no-round-trip'
  | 'no-tab'
  | 'no-transfer'
  | 'not-a-page'
  | 'page-not-ready'
  | 'policy-no-hosts'
  | 'portal-tab-not-answering'
  | 'profile-locked'
  | 'transfer-running';

export type RefusalCode = RouterRefusal | DeliveryRefusal | HandlerRefusal;
