// Type tests: compiled by `npm run typecheck`, never run. Each @ts-expect-error must be an error.
import { IcnBadge, IcnPrinciples, IcnSignatories } from 'icn-widgets/react';

export function Wrappers() {
  return (
    <>
      <IcnPrinciples collapsed theme="dark" onIcnLoad={(e) => e.detail.source satisfies 'embedded' | 'remote'} />
      <IcnBadge network="ENCC" size="large" onIcnError={(e) => console.log(e.detail.reason, e.detail.message)} />
      <IcnSignatories layout="list" filter sort="name" headingLevel={3} className="members" />
      <IcnBadge network="ENCC" ref={(el: HTMLElement | null) => el?.focus()}>
        <a href="https://example.org/test">fallback</a>
      </IcnBadge>
      {/* @ts-expect-error: not a heading level */}
      <IcnSignatories headingLevel={7} />
      {/* @ts-expect-error: not a size */}
      <IcnBadge network="ENCC" size="huge" />
      {/* @ts-expect-error: the detail of icn-load has no reason */}
      <IcnPrinciples onIcnLoad={(e) => e.detail.reason} />
    </>
  );
}

export function RawTags() {
  return (
    <>
      <icn-principles collapsed heading-level="3" />
      <icn-badge network="ENCC" size="small" href="https://example.org/test" />
      <icn-signatories layout="inline" limit={12} highlight="ENCC" />
      {/* @ts-expect-error: not a layout */}
      <icn-signatories layout="table" />
    </>
  );
}
