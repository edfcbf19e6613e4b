// XML namespaces and SAML identifiers that the checker matches on. Elements are always matched by
// namespace URI and local name together, never by local name or prefix alone: prefixes vary from
// one identity provider to the next, and a look-alike element in another namespace is not metadata.

export const MD_NS = 'urn:oasis:names:tc:SAML:2.0:metadata';
export const DS_NS = 'http://www.w3.org/2000/09/xmldsig#';
export const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
export const WS_FED_NS = 'http://docs.oasis-open.org/wsfed/federation/200706';

export const SAML2_PROTOCOL = 'urn:oasis:names:tc:SAML:2.0:protocol';
export const HTTP_REDIRECT_BINDING = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect';
export const HTTP_POST_BINDING = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST';
