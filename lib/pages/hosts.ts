/** The platform's hosts, and nothing broader: the extension never reads any other site. */
export const PLATFORM_HOSTS = ['*://www.beian.gov.cn/*', '*://*.beian.gov.cn/*', '*://beian.mps.gov.cn/*'];
