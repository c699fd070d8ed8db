'use client';
/**
 * React components for the three elements: `<IcnBadge network="ENCC" />`, with the events as
 * typed `onIcnLoad` / `onIcnError`. Importing this module registers the tags in the browser (on a
 * server it only renders). It also declares the raw tags for TSX (`<icn-badge network="ENCC" />`).
 *
 * A client module (`'use client'`), so a React Server Component may import it. Each component
 * renders its element with its props as attributes, on the server too (React's own rendering
 * of custom elements, no plugin): the server HTML holds `<icn-badge network="ENCC">` and any
 * children (the no-JavaScript fallback). `onIcnLoad` / `onIcnError` are attached once the
 * component has mounted; the element calls a listener added after its event at once, so they
 * also fire on a page that hydrates after the element has loaded.
 */
import * as React from 'react';
import '../define.js';
import type { IcnErrorDetail, IcnLoadDetail } from '../shared/statement-element.js';
import type { IcnBadgeAttributes, IcnPrinciplesAttributes, IcnSignatoriesAttributes } from '../types/attributes.js';

/** The events as props. */
export interface IcnEventProps {
  /** `icn-load`: the content is ready. */
  onIcnLoad?: (event: CustomEvent<IcnLoadDetail>) => void;
  /** `icn-error`: `src` failed (the embedded statement is shown), or the badge's network is unknown. */
  onIcnError?: (event: CustomEvent<IcnErrorDetail>) => void;
}

type HeadingLevel = IcnPrinciplesAttributes['heading-level'];

/** The props of a component: its element's attributes (`headingLevel` for `heading-level`), the events, and the usual HTML props. */
export type IcnProps<A> = Omit<React.HTMLAttributes<HTMLElement>, keyof A | keyof IcnEventProps> &
  Omit<A, 'lang'> &
  IcnEventProps & {
    lang?: string;
    headingLevel?: HeadingLevel;
    children?: React.ReactNode;
  };

const EVENTS = { onIcnLoad: 'icn-load', onIcnError: 'icn-error' } as const;

/** The props React renders on the element: attribute names, no `false`, no event props. */
function attributes(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(props)) {
    if (name in EVENTS || name === 'children' || value === false || value === null || value === undefined) continue;
    out[name === 'headingLevel' ? 'heading-level' : name] = value;
  }
  return out;
}

function component<A>(tag: string, displayName: string) {
  const Component = React.forwardRef<HTMLElement, IcnProps<A>>((given, ref) => {
    const props = given as IcnEventProps & { children?: React.ReactNode } & Record<string, unknown>;
    const element = React.useRef<HTMLElement | null>(null);
    // The newest handlers, read when an event comes: one listener per event for the element's life.
    const handlers = React.useRef<IcnEventProps>({});
    handlers.current = { onIcnLoad: props.onIcnLoad, onIcnError: props.onIcnError };
    React.useEffect(() => {
      const el = element.current;
      if (!el) return;
      const listeners = Object.entries(EVENTS).map(([prop, type]) => {
        const listener = (event: Event) => (handlers.current[prop as keyof IcnEventProps] as ((e: Event) => void) | undefined)?.(event);
        el.addEventListener(type, listener);
        return () => el.removeEventListener(type, listener);
      });
      return () => listeners.forEach((remove) => remove());
    }, []);
    const setRef = React.useCallback(
      (el: HTMLElement | null) => {
        element.current = el;
        if (typeof ref === 'function') ref(el);
        else if (ref) ref.current = el;
      },
      [ref],
    );
    return React.createElement(tag, { ...attributes(props), ref: setRef }, props.children);
  });
  Component.displayName = displayName;
  return Component;
}

/** `<icn-principles>`: the statement's principles card. */
export const IcnPrinciples = component<IcnPrinciplesAttributes>('icn-principles', 'IcnPrinciples');
/** `<icn-badge>`: a network's signatory badge. */
export const IcnBadge = component<IcnBadgeAttributes>('icn-badge', 'IcnBadge');
/** `<icn-signatories>`: the list of signatories. */
export const IcnSignatories = component<IcnSignatoriesAttributes>('icn-signatories', 'IcnSignatories');

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
