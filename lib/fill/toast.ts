/**
 * A short message on the page (the keyboard shortcut has no popup to speak in): which client the
 * page was filled from, or why it was not. In a shadow root, so neither side's CSS leaks; it goes
 * away by itself, or on a click.
 */
const SHOWN_MS = 6_000;

export function showToast(document: Document, text: string, warning: boolean) {
  document.querySelector('beian-helper-toast')?.remove();
  const host = document.createElement('beian-helper-toast');
  const shadow = host.attachShadow({ mode: 'open' });
  const colour = warning ? '#b42318' : '#1a7f37';
  shadow.innerHTML = `<style>:host{all:initial}div{position:fixed;right:16px;bottom:16px;z-index:2147483647;max-width:360px;padding:10px 14px;border-radius:8px;background:#fff;border-left:4px solid ${colour};box-shadow:0 4px 16px rgba(0,0,0,.18);font:14px/1.5 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;color:#1f1f1f;cursor:pointer}</style><div role="status"></div>`;
  const box = shadow.querySelector('div')!;
  box.textContent = text;
  box.addEventListener('click', () => host.remove());
  document.documentElement.append(host);
  document.defaultView!.setTimeout(() => host.remove(), SHOWN_MS);
}
