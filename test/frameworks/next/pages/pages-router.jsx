import { IcnBadge, IcnPrinciples, IcnSignatories } from 'icn-widgets/react';

/** Test only: records each icn-load for the browser test. */
function loaded(event) {
  (window.__icnLoads ??= []).push(event.target.localName);
}

export default function PagesRouter() {
  return (
    <main>
      <IcnPrinciples collapsed onIcnLoad={loaded} />
      <IcnBadge network="ENCC" size="large" onIcnLoad={loaded} />
      <IcnSignatories layout="list" onIcnLoad={loaded} />
    </main>
  );
}
