// A host set up for single-page apps answers a missing file with its home page and status 200. Such
// a page must never be cached as if it were the file (a script, the manifest, an icon): offline, the
// app would then break for good. Only addresses that are pages may hold HTML.

/** True when a response is a web page but the address is for a file that is not one. */
export function isPageInPlaceOfFile(url: string, contentType: string | null): boolean {
  const { pathname } = new URL(url, 'https://care-routes.invalid');
  const isPageAddress = pathname.endsWith('/') || pathname.endsWith('.html') || !/\.[a-z0-9]+$/i.test(pathname);
  return !isPageAddress && /^\s*text\/html\b/i.test(contentType ?? '');
}
