import { describe, expect, it } from 'vitest';
import { stageFiles, unstageFiles } from '@/lib/fill/content-protocol';
import type { FillValues } from '@/lib/fill/values';

const values: FillValues = {
  'subject.principal.name': { kind: 'text', text: '林晓峰' },
  'subject.principal.certScans': {
    kind: 'files',
    files: [
      { name: 'front.png', type: 'image/png', base64: 'AAAA' },
      { name: 'back.png', type: 'image/png', base64: 'BBBB' },
    ],
  },
};

describe('files sent ahead of the fill', () => {
  it('leaves other values as they are and names each file by its field and place', () => {
    const { values: staged, files } = stageFiles(values);
    expect(staged['subject.principal.name']).toEqual(values['subject.principal.name']);
    expect(staged['subject.principal.certScans']).toEqual({
      kind: 'files',
      files: [
        { name: 'front.png', type: 'image/png', staged: 'subject.principal.certScans#0' },
        { name: 'back.png', type: 'image/png', staged: 'subject.principal.certScans#1' },
      ],
    });
    expect([...files.values()].map((file) => file.base64)).toEqual(['AAAA', 'BBBB']);
  });

  it('puts them back as they were', () => {
    const { values: staged, files } = stageFiles(values);
    expect(unstageFiles(staged, files)).toEqual(values);
  });

  it('gives nothing to fill with when a file did not arrive', () => {
    const { values: staged, files } = stageFiles(values);
    files.delete('subject.principal.certScans#1');
    expect(unstageFiles(staged, files)).toBeUndefined();
  });
});
