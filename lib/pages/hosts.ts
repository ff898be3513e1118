/** The platform's hosts, and nothing broader: the extension never reads any other site. */
export const PLATFORM_HOSTS = ['*://www.beian.gov.cn/*', '*://*.beian.gov.cn/*', '*://beian.mps.gov.cn/*'];

/** Whether a URL is on one of the platform's hosts (the same hosts as the patterns above). */
export function isPlatformUrl(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const host = new URL(url).hostname;
  return host === 'beian.gov.cn' || host.endsWith('.beian.gov.cn') || host === 'beian.mps.gov.cn';
}
