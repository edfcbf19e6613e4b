// How Asset Panda enables an SSO connection (its "Enable Type" choice). Its own module because the
// messages, the stored transfer and the transfer's plan all need it.

export const ENABLE_TYPES = ['all', 'domains', 'disabled'] as const;
export type EnableType = (typeof ENABLE_TYPES)[number];
