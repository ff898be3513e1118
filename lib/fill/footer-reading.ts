/**
 * Runs in the page of a site the person is looking at (injected on their click, through the
 * `activeTab` grant): the end of its text as shown — where footers are — and its links to the
 * filing platforms. Self-contained: the browser injects this function alone, without its module.
 */
export function readFooterInPage(): { host: string; text: string; links: { href: string; text: string }[] } {
  const FOOTER_CHARS = 20_000;
  const MAX_LINKS = 200;
  const text = (document.body?.innerText ?? '').slice(-FOOTER_CHARS);
  const MAX_HREF = 2_000;
  const links = Array.from(document.querySelectorAll('a[href]'), (anchor) => ({ href: (anchor as HTMLAnchorElement).href.slice(0, MAX_HREF), text: (anchor.textContent ?? '').trim().slice(0, 200) }))
    .filter((link) => /beian|miit|备/i.test(link.href + link.text))
    .slice(0, MAX_LINKS);
  return { host: location.hostname, text, links };
}
