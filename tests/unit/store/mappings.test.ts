import { beforeEach, describe, expect, it } from 'vitest';
import { BeianDatabase } from '@/lib/store/db';
import { MappingRepository } from '@/lib/store/mappings';

let mappings: MappingRepository;
let count = 0;

beforeEach(() => {
  mappings = new MappingRepository(new BeianDatabase(`mappings-${++count}`));
});

const lesson = { host: 'www.beian.gov.cn', pageId: 'subject', path: 'subject.principal.mobile', caption: '常用联系方式', position: 0 };

describe('the taught mappings', () => {
  it('keeps one lesson per control: teaching it again points it at the new field', async () => {
    await mappings.teachField(lesson);
    await mappings.teachField({ ...lesson, path: 'subject.principal.officePhone' });
    expect(await mappings.list()).toMatchObject([{ path: 'subject.principal.officePhone' }]);
  });

  it('re-points a lesson, and forgets a deleted one', async () => {
    const taught = await mappings.teachField(lesson);
    expect(await mappings.repoint(taught.id, 'subject.principal.email')).toMatchObject({ path: 'subject.principal.email' });
    await mappings.delete(taught.id);
    expect(await mappings.forHost('www.beian.gov.cn')).toEqual([]);
  });

  it('exports a versioned file that imports into another book, skipping what that book already knows', async () => {
    await mappings.teachField(lesson);
    await mappings.teachPage({ host: 'www.beian.gov.cn', location: '/portal/user/zhuti', pageId: 'subject' });
    const file = await mappings.exportFile();
    expect(file).toMatchObject({ format: 'beian-helper/mappings', version: 1, mappings: [{ kind: 'field' }, { kind: 'page' }] });
    const other = new MappingRepository(new BeianDatabase(`mappings-other-${count}`));
    await other.teachField(lesson);
    expect(await other.importFile(JSON.parse(JSON.stringify(file)))).toEqual({ added: 1, known: 1 });
    expect(await other.list()).toHaveLength(2);
  });

  it('refuses a malformed file whole, saying where, and keeps the book as it was', async () => {
    await mappings.teachField(lesson);
    const error = await mappings.importFile({ format: 'beian-helper/mappings', version: 1, exportedAt: 0, mappings: [{ ...lesson, kind: 'field', id: 'a', createdAt: 0 }, { kind: 'field', id: 'b' }] }).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ code: 'invalid-request' });
    expect((error as { issues: { path: (string | number)[] }[] }).issues.every((issue) => issue.path[0] === 'mappings' && issue.path[1] === 1)).toBe(true);
    expect(await mappings.list()).toHaveLength(1);
  });

  it('keeps how a field was shown (示范) with its lesson, through a shared file; a step that is no step is refused, saying where', async () => {
    const steps = [{ at: 'field' as const, words: '选择' }, { at: 'list' as const, part: 0 }, { at: 'list' as const, words: '确定' }];
    await mappings.teachField({ ...lesson, path: 'subject.nature', caption: '主办单位性质', steps });
    const file = JSON.parse(JSON.stringify(await mappings.exportFile()));
    const other = new MappingRepository(new BeianDatabase(`mappings-shown-${count}`));
    await other.importFile(file);
    expect(await other.list()).toMatchObject([{ path: 'subject.nature', steps }]);
    file.mappings[0].steps[1] = { at: 'dialog', part: 'first' };
    const error = await other.importFile(file).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ code: 'invalid-request' });
    expect((error as { issues: { path: (string | number)[] }[] }).issues[0]?.path.slice(0, 4)).toEqual(['mappings', 0, 'steps', 1]);
  });
});
