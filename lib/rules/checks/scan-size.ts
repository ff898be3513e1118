import { ACCEPTED_IMAGE_TYPES } from '../../model/attachments';
import type { AttachmentRef } from '../../model/profile';
import { say } from '../helpers';
import type { DeepPartial, RuleHit } from '../types';

/** A document scan as a profile holds it, or not yet. */
export type Scan = DeepPartial<AttachmentRef> | undefined;

/** The platform's size and type limits on a scan: shared by the principal's (S-) and the people's (P-) rules. */
export function scanSizeHits(scan: Scan, path: string, limit: number): RuleHit[] {
  if (!scan) return [];
  const hits: RuleHit[] = [];
  const size = scan.size ?? 0;
  if (size > limit) {
    const kb = (size / 1024).toFixed(0);
    const limitKb = limit / 1024;
    hits.push({
      path,
      message: say(`证件图片 ${kb} KB，超过 ${limitKb} KB 的上限：请压缩或重新扫描。`, `The scan is ${kb} KB, over the ${limitKb} KB limit: compress or rescan it.`),
    });
  }
  if (scan.type && !(ACCEPTED_IMAGE_TYPES as readonly string[]).includes(scan.type)) {
    hits.push({
      path,
      message: say(`平台只接受 jpg、png、bmp、gif 图片，这是 ${scan.type}。`, `The platform accepts jpg, png, bmp and gif images only; this is ${scan.type}.`),
    });
  }
  return hits;
}
