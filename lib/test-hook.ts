/**
 * A hook for the Firefox test only (`wxt build -b firefox --mode test`): WebDriver BiDi cannot open
 * the extension's own pages, so the test page asks for a fill by `window.postMessage`. Every use is
 * behind `import.meta.env.MODE === 'test'`, which production builds fold to false and drop, and
 * `npm run check:packages` fails if this channel's name is in a store package.
 */
export const TEST_FILL_CHANNEL = 'beian-helper/test-fill';
