import { MIN_LEGIBLE, SCAN_LIMITS } from '../../../model/attachments';
import { say } from '../../helpers';
import type { RuleCheck, RuleHit } from '../../types';
import { scanSizeHits, type Scan } from '../scan-size';
import { PRINCIPAL } from './paths';

const PRINCIPAL_SCAN_LIMIT = SCAN_LIMITS.principal;
/** Below this many bytes per pixel a JPEG is compressed past legibility (a 600×400 scan under ~7 KB). */
const MIN_BYTES_PER_PIXEL = 0.03;

function principalScans(input: Parameters<RuleCheck>[0]): [Scan, string, string][] {
  const principal = input.subject.principal ?? {};
  return [
    [principal.certFront, `${PRINCIPAL}.certFront`, '正面'],
    [principal.certBack, `${PRINCIPAL}.certBack`, '反面'],
    [principal.certHandheld, `${PRINCIPAL}.certHandheld`, '手持照'],
  ];
}

export const principalScanRules: Record<string, RuleCheck> = {
  'S-CERT-IMG-SIZE': (input) =>
    principalScans(input).flatMap(([scan, path]) => scanSizeHits(scan, path, PRINCIPAL_SCAN_LIMIT)),

  'S-CERT-IMG-CLEAR': (input) =>
    principalScans(input).flatMap(([scan, path, side]): RuleHit[] => {
      if (!scan?.width || !scan.height) return [];
      if (scan.width < MIN_LEGIBLE.width || scan.height < MIN_LEGIBLE.height) {
        return [{
          path,
          message: say(
            `证件${side}图片只有 ${scan.width}×${scan.height} 像素，可能看不清：请用至少 ${MIN_LEGIBLE.width}×${MIN_LEGIBLE.height} 的清晰扫描件。`,
            `The ${side === '正面' ? 'front' : side === '反面' ? 'back' : 'hand-held'} scan is only ${scan.width}×${scan.height} px and may be illegible: use a clear scan of at least ${MIN_LEGIBLE.width}×${MIN_LEGIBLE.height}.`,
          ),
        }];
      }
      const bytesPerPixel = (scan.size ?? 0) / (scan.width * scan.height);
      if (scan.type === 'image/jpeg' && bytesPerPixel < MIN_BYTES_PER_PIXEL) {
        return [{
          path,
          message: say('证件图片压缩过度，文字可能模糊：请用较高质量重新保存。', 'The scan is compressed so hard the text may blur: save it again at a higher quality.'),
        }];
      }
      return [];
    }),
};
