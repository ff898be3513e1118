import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';

const manifest = (target: string) =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, `../../.output/${target}/manifest.json`), 'utf8')) as Record<string, unknown>;

const PLATFORM_HOSTS = ['*://www.beian.gov.cn/*', '*://*.beian.gov.cn/*', '*://beian.mps.gov.cn/*'];

test.describe('the built manifests', () => {
  for (const target of ['chrome-mv3', 'firefox-mv3']) {
    test(`${target} asks only for the platform's hosts and the permissions the README lists`, () => {
      const built = manifest(target);
      expect(built.manifest_version).toBe(3);
      expect(built.host_permissions).toEqual(PLATFORM_HOSTS);
      // Chrome's side panel is a permission; Firefox's sidebar is a manifest key.
      expect(built.permissions).toEqual(target === 'chrome-mv3' ? ['unlimitedStorage', 'storage', 'activeTab', 'scripting', 'alarms', 'sidePanel'] : ['unlimitedStorage', 'storage', 'activeTab', 'scripting', 'alarms']);
      if (target === 'firefox-mv3') expect(built.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html' });
      else expect(built.side_panel).toEqual({ default_path: 'sidepanel.html' });
      expect(built).not.toHaveProperty('optional_permissions');
      expect(built).not.toHaveProperty('externally_connectable');
      expect(built.default_locale).toBe('zh_CN');
    });
  }

  for (const target of ['chrome-mv3', 'firefox-mv3']) {
    test(`${target} has the product's icons at every size the stores and toolbars use, each file there at its size`, () => {
      const built = manifest(target) as { icons: Record<string, string>; action: { default_icon: Record<string, string> } };
      expect(Object.keys(built.icons)).toEqual(['16', '32', '48', '128']);
      expect(built.action.default_icon).toEqual(built.icons);
      for (const [size, file] of Object.entries(built.icons)) {
        const png = readFileSync(resolve(import.meta.dirname, `../../.output/${target}/${file}`));
        expect([png.readUInt32BE(16), png.readUInt32BE(20)], file).toEqual([Number(size), Number(size)]);
      }
    });
  }

  test('the Firefox build names its add-on id and declares it collects no data', () => {
    expect(manifest('firefox-mv3').browser_specific_settings).toEqual({
      gecko: expect.objectContaining({ id: expect.any(String), data_collection_permissions: { required: ['none'] } }),
    });
  });

  test('every emitted script is plain ASCII, which Chrome always accepts as UTF-8', () => {
    const root = resolve(import.meta.dirname, '../../.output/chrome-mv3');
    const scripts = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(1);
    for (const file of scripts) expect(readFileSync(resolve(root, file), 'utf8'), file).toMatch(/^[\x00-\x7f]*$/);
  });
});
