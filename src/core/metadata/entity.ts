import type { Document, Element } from '@xmldom/xmldom';
import { problem } from './errors';
import { attribute, childElements } from './elements';
import { MD_NS, SAML2_PROTOCOL, WS_FED_NS, XSI_NS } from './namespaces';

/** The parts of a single-entity identity-provider metadata document the checks work on. */
export interface IdentityProviderEntity {
  entityId: string;
  /** The IDPSSODescriptor: signing certificates and sign-in addresses come from here only. */
  idp: Element;
  /** The WS-Federation role types of the entity's RoleDescriptors, e.g. "ApplicationServiceType". */
  wsFederationRoles: string[];
}

/**
 * Checks that the document is the metadata of one SAML 2.0 identity provider and finds its parts.
 * Only the root element is considered as the entity: a document whose root is anything else (a SAML
 * response, say) is refused even if an EntityDescriptor is nested somewhere inside it.
 */
export function readIdentityProviderEntity(xml: Document): IdentityProviderEntity {
  const root = xml.documentElement;
  // The parser already refuses a document without an element; this is for the type checker.
  if (root === null) {
    throw problem('not-xml', { reason: 'syntax', detail: 'it has no element at all', line: null });
  }

  if (root.namespaceURI === MD_NS && root.localName === 'EntitiesDescriptor') {
    throw problem('aggregate', { entities: countEntities(root) });
  }
  if (root.namespaceURI !== MD_NS || root.localName !== 'EntityDescriptor') {
    throw problem('not-metadata', {
      reason: 'root',
      name: root.nodeName,
      namespace: root.namespaceURI,
    });
  }
  const entityId = attribute(root, 'entityID');
  if (entityId === null) throw problem('not-metadata', { reason: 'no-entity-id' });

  const wsFederationRoles = childElements(root, MD_NS, 'RoleDescriptor').flatMap((role) => {
    const type = wsFederationRoleType(role);
    return type === null ? [] : [type];
  });

  const idps = childElements(root, MD_NS, 'IDPSSODescriptor');
  if (idps.length === 0) {
    if (childElements(root, MD_NS, 'SPSSODescriptor').length > 0) throw problem('sp-metadata');
    const reason = wsFederationRoles.includes('SecurityTokenServiceType')
      ? 'ws-federation-only'
      : 'none';
    throw problem('no-idp-descriptor', { reason });
  }
  // protocolSupportEnumeration is a space-separated list of protocol URIs.
  const idp = idps.find((d) =>
    (d.getAttribute('protocolSupportEnumeration') ?? '').split(/\s+/).includes(SAML2_PROTOCOL),
  );
  if (idp === undefined) throw problem('no-idp-descriptor', { reason: 'not-saml2' });

  return { entityId, idp, wsFederationRoles };
}

/** The entities in a list, counting nested lists' entities too (but not looking any deeper). */
function countEntities(list: Element, depth = 0): number {
  const nested = depth < 8 ? childElements(list, MD_NS, 'EntitiesDescriptor') : [];
  return (
    childElements(list, MD_NS, 'EntityDescriptor').length +
    nested.reduce((sum, inner) => sum + countEntities(inner, depth + 1), 0)
  );
}

/**
 * The local name of a RoleDescriptor's xsi:type when it is a WS-Federation type. xsi:type holds a
 * qualified name whose prefix is declared on the element or an ancestor, so it is resolved, not
 * compared as text.
 */
function wsFederationRoleType(role: Element): string | null {
  const type = role.getAttributeNS(XSI_NS, 'type')?.trim();
  if (!type) return null;
  const colon = type.indexOf(':');
  const prefix = colon === -1 ? null : type.slice(0, colon);
  const localName = type.slice(colon + 1);
  return role.lookupNamespaceURI(prefix) === WS_FED_NS ? localName : null;
}
