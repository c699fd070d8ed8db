/**
 * React components for the three elements, made with `@lit/react`: properties as props, and
 * the events as typed `onIcnLoad` / `onIcnError`. Importing this module registers the tags.
 * It also declares the raw tags for TSX (`<icn-badge network="ENCC" />`).
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { IcnBadge as IcnBadgeElement } from '../badge/define.js';
import { IcnPrinciples as IcnPrinciplesElement } from '../principles/define.js';
import { IcnSignatories as IcnSignatoriesElement } from '../signatories/define.js';
import type { IcnErrorDetail, IcnLoadDetail } from '../shared/statement-element.js';
import type { IcnBadgeAttributes, IcnPrinciplesAttributes, IcnSignatoriesAttributes } from '../types/attributes.js';

const events = {
  onIcnLoad: 'icn-load' as EventName<CustomEvent<IcnLoadDetail>>,
  onIcnError: 'icn-error' as EventName<CustomEvent<IcnErrorDetail>>,
};

export const IcnPrinciples = createComponent({ tagName: 'icn-principles', elementClass: IcnPrinciplesElement, react: React, events, displayName: 'IcnPrinciples' });
export const IcnBadge = createComponent({ tagName: 'icn-badge', elementClass: IcnBadgeElement, react: React, events, displayName: 'IcnBadge' });
export const IcnSignatories = createComponent({ tagName: 'icn-signatories', elementClass: IcnSignatoriesElement, react: React, events, displayName: 'IcnSignatories' });

export type { IcnErrorDetail, IcnLoadDetail };

type Tag<A> = React.DetailedHTMLProps<React.HTMLAttributes<HTMLElement>, HTMLElement> & Omit<A, 'lang'> & { lang?: string };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'icn-principles': Tag<IcnPrinciplesAttributes>;
      'icn-badge': Tag<IcnBadgeAttributes>;
      'icn-signatories': Tag<IcnSignatoriesAttributes>;
    }
  }
}
