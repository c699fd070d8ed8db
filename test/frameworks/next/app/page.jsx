// A Server Component: it renders the client components of icn-widgets/react as they are...
import { IcnBadge } from 'icn-widgets/react';
// ...and a client component of its own that passes event handlers.
import Statement from './statement';

export default function Page() {
  return (
    <main>
      <Statement />
      <p>
        <IcnBadge network="Res Artis" size="small" />
      </p>
    </main>
  );
}
