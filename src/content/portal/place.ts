// Where this page is in the portal, from its address. Several parts of the content script ask on
// every page change (the step engine, the metadata capture); the route is parsed again only when
// the address has changed, since a busy blade changes its DOM far more often than its address.

import { parsePortalRoute, placeOf, type PortalPlace } from '../../core/route';

let parsedHref = '';
let place: PortalPlace = { kind: 'other' };

export function placeHere(): PortalPlace {
  if (location.href !== parsedHref) {
    parsedHref = location.href;
    place = placeOf(parsePortalRoute(parsedHref));
  }
  return place;
}
