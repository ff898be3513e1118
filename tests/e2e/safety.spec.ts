import { expect, test, type Page } from '@playwright/test';
import { CHANNEL } from '../../lib/messaging/protocol';
import { startReplica, type Replica } from '../site/server';
import { launchWithSamples, newProfileDir, type LoadedExtension } from './extension';
import { openPlatform } from './pages/platform';
import { CLASSIC, hostRules } from './replica';

/**
 * Safe in an agency's hands: what a compromised platform page could try through the helper's
 * content script, and what a busy clerk could do by mistake.
 */
let replica: Replica;
let profile: ReturnType<typeof newProfileDir>;
let extension: LoadedExtension;

test.beforeEach(async () => {
  replica = await startReplica();
  profile = newProfileDir();
  extension = await launchWithSamples(profile.path, [hostRules(replica.port)]);
});

test.afterEach(async () => {
  await extension.context.close();
  await replica.close();
  profile.remove();
});

interface ExecutionContext {
  id: number;
  origin: string;
  auxData?: { type?: string };
}

/** Runs an expression in the content script's isolated world of a platform page, as a compromised page's script could only dream of. */
async function inContentScript(page: Page, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: ExecutionContext[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }: { context: ExecutionContext }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  const ours = () => contexts.find((context) => context.auxData?.type === 'isolated' && context.origin.includes(extension.extensionId));
  await expect.poll(() => ours() !== undefined).toBe(true);
  const { result } = (await cdp.send('Runtime.evaluate', { contextId: ours()!.id, expression, awaitPromise: true, returnByValue: true })) as { result: { value: unknown } };
  return result.value;
}

test('the content script cannot read or change the book: its requests get no answer', async () => {
  const page = await openPlatform(extension, `${CLASSIC}/portal/user/subject`);
  for (const [type, payload] of [
    ['listClients', {}],
    ['getClient', { id: 'sample-qingwu' }],
    ['deleteClient', { id: 'sample-qingwu' }],
  ] as const) {
    const reply = await inContentScript(
      page,
      `chrome.runtime.sendMessage(${JSON.stringify({ channel: CHANNEL, type, payload })}).then((answer) => ({ answer: answer ?? null }), (error) => ({ refused: String(error) }))`,
    );
    expect(reply).not.toMatchObject({ answer: { ok: true } });
  }
  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
  await expect(options.getByRole('navigation').getByRole('button', { name: /青梧科技/ })).toBeVisible();
});
