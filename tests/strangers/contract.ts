import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Frame, Page } from '@playwright/test';

/**
 * What a blind rendering of the platform is (tests/strangers/README.md). A rendering is written by
 * someone who never read the helper's engine, from ../shared/spec/pages.md, tests/strangers/FIELDS.md
 * and the clients in tests/strangers/clients.ts only. Once handed over it is frozen.
 */

/** The three pages the helper fills. */
export type PageKind = 'subject' | 'website-basic' | 'website-people';

/** What a person does after the page has loaded to bring the form into view (a menu, 新增, a tab). */
export type OpenStep =
  /** Click the visible element a Playwright selector names (`text=新增主体`, `role=button[name="新增"]`). */
  | { click: string; frame?: string }
  /** Wait for a Playwright selector to be visible. */
  | { waitFor: string; frame?: string };

export interface StrangerPage {
  kind: PageKind;
  /** Path (with query and `#/` route) to open on the rendering's host. */
  url: string;
  /** Steps a person takes after the load before the form is there. */
  open?: readonly OpenStep[];
}

export interface StrangerKit {
  /** Send a file from disk (type from its extension unless given). */
  sendFile(res: ServerResponse, absolutePath: string, type?: string): void;
  /** Absolute path of a file inside node_modules (`antd/dist/reset.css`). */
  nodeModule(relativePath: string): string;
  /** Bundle a browser entry (TS, TSX, JS; imports from node_modules) with esbuild; cached per process. */
  bundle(absoluteEntry: string): Promise<{ js: string; css: string }>;
  /** The request body. */
  body(req: IncomingMessage): Promise<Buffer>;
  /** Send text (html, js, css, json). */
  send(res: ServerResponse, status: number, type: string, body: string | Buffer): void;
}

export interface Rendering {
  /** The folder name. */
  id: string;
  /** The component library and its version, as a sentence. */
  library: string;
  /** The host it is served under (both resolve to the rendering's server in tests). */
  host: 'www.beian.gov.cn' | 'beian.mps.gov.cn';
  pages: readonly StrangerPage[];
  /** Answer a request; false when the path is not the rendering's (the server then says 404). */
  handle(req: IncomingMessage, res: ServerResponse, kit: StrangerKit): boolean | Promise<boolean>;
}

/** One client's values, by field key (FIELDS.md), as tests/strangers/clients.ts writes them. */
export type FieldValue = string | boolean | readonly string[] | { scope: string; region: string; name: string };
export type ClientValues = Readonly<Record<string, FieldValue>>;

/** A scan as a person would pick it from disk. */
export interface ScanFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/**
 * How a person fills the page by hand (the rendering author's own Playwright code, any selector
 * it likes): every field of the page that the client has a value for. Proves the rendering can be
 * filled and that its state reader tells the truth.
 */
export type FillByHand = (page: Page, kind: PageKind, values: ClientValues, scan: (name: string) => ScanFile) => Promise<void>;

/** The frame a rendering's form lives in, for by-hand code that needs it. */
export type FormFrame = Page | Frame;
