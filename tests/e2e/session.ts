import { test } from '@playwright/test';
import { startReplica, type Replica } from '../site/server';
import { launchWithExtension, launchWithSamples, newProfileDir, type LoadedExtension } from './extension';
import { hostRules } from './replica';

/** What each test of a file gets: the replica of the platform, and Chromium with the built extension and the sample clients on a profile of its own. */
export interface PlatformSession {
  replica: Replica;
  extension: LoadedExtension;
  /** The browser profile's folder, where a test may write files to hand to the browser. */
  profilePath: string;
  /** Closes the browser and opens it again on the same profile, the book and what was taught kept. */
  relaunch(): Promise<void>;
}

/** What each test of a file about the book gets: Chromium with the built extension and the sample clients, on a profile of its own (a folder tests may write files in). */
export interface BookSession {
  extension: LoadedExtension;
  profilePath: string;
}

/** Registers the file's beforeEach/afterEach that open a fresh browser with the samples (or an empty book) for each test and close it after. */
export function bookSessionPerTest({ samples = true }: { samples?: boolean } = {}): BookSession {
  let profile: ReturnType<typeof newProfileDir>;
  const session = {} as BookSession;
  test.beforeEach(async () => {
    profile = newProfileDir();
    session.profilePath = profile.path;
    session.extension = samples ? await launchWithSamples(profile.path) : await launchWithExtension(profile.path);
  });
  test.afterEach(async () => {
    await session.extension.context.close();
    profile.remove();
  });
  return session;
}

/** Registers the file's beforeEach/afterEach that start a fresh session for each test and close it after. */
export function platformSessionPerTest(): PlatformSession {
  let profile: ReturnType<typeof newProfileDir>;
  const session = {
    relaunch: async () => {
      await session.extension.context.close();
      session.extension = await launchWithExtension(profile.path, [hostRules(session.replica.port)]);
    },
  } as PlatformSession;
  test.beforeEach(async () => {
    session.replica = await startReplica();
    profile = newProfileDir();
    session.profilePath = profile.path;
    session.extension = await launchWithSamples(profile.path, [hostRules(session.replica.port)]);
  });
  test.afterEach(async () => {
    await session.extension.context.close();
    await session.replica.close();
    profile.remove();
  });
  return session;
}
