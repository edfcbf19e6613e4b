// One trusted click on the SAML page and the downloads that followed it: made by ./capture (loaded
// with every portal page), judged by ./capture-card (loaded after such a click). Its own module so
// that neither imports the other's types.

export interface Download {
  fileName: string;
  /** The bytes, or null when they could not be read (revoked, too large). */
  bytes: Promise<Uint8Array | null>;
}

/** One trusted click on the SAML page, and the downloads that followed it. */
export interface Arming {
  target: Element;
  until: number;
  downloads: Download[];
  /** Set once the capture is taken care of: a download stored, or the URL fetch started. */
  settled: boolean;
}
