// A link that leaves Care Routes. Only https, tel: and mailto: addresses become links, whatever the
// data says (imported files and old saves are untrusted), and the text always says where it goes.
import type { ReactNode } from 'react';

/** Where a link goes, as a person reads it: the host of a web address, the number or the email address. */
export function externalLinkTarget(url: string): { href: string; shown: string } | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol === 'https:') return { href: parsed.href, shown: parsed.host };
  if (parsed.protocol === 'tel:' || parsed.protocol === 'mailto:') return { href: parsed.href, shown: decodeURIComponent(parsed.pathname) };
  return undefined;
}

/** `children` gets the place shown (such as "www.nhs.uk") to put in its words; a disallowed address is plain text. */
export function ExternalLink({ url, children }: { url: string; children: (shown: string) => ReactNode }) {
  const target = externalLinkTarget(url);
  if (!target) return <span>{children(url)}</span>;
  return (
    <a href={target.href} rel="noreferrer">
      {children(target.shown)}
    </a>
  );
}
