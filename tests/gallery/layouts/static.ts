import { WIZARD, decorated, type GalleryBlock, type GalleryField, type GalleryPage } from '../model';
import type { Random } from '../random';
import { controlHtml, escape, providerName, providerRegion, type ControlStyle } from './controls';

/**
 * Renderings without a component library, in the layouts government and ISP forms use: tables
 * (caption left, four columns, or captions above), a label beside a div, definition lists, text
 * and spans inline, captions stacked above, placeholders only, floating labels, Bootstrap rows,
 * list items. Ids, names and classes are drawn at random; nothing ties a caption to its control
 * but the layout.
 */
interface Entry {
  key: string;
  caption: string;
  html: string;
  hint?: string;
  wide: boolean;
  flag: boolean;
  control: GalleryField['control'];
}

export interface StaticLayout {
  id: string;
  style(random: Random): ControlStyle;
  block(title: string | undefined, entries: Entry[], random: Random): string;
}

const WIDE = new Set(['checkboxes', 'rows', 'region', 'provider', 'file', 'radio', 'flag', 'textarea']);

function entriesOf(block: GalleryBlock, page: GalleryPage, style: ControlStyle, random: Random): Entry[] {
  return block.fields.flatMap((field): Entry[] => {
    const base = { key: field.key, wide: WIDE.has(field.control), flag: field.control === 'flag', control: field.control, ...(field.hint ? { hint: field.hint } : {}) };
    if (field.control === 'provider' && !field.provider!.sameRow) {
      return [
        { ...base, caption: decorated(field, page), html: providerRegion(field, style, random) },
        { ...base, caption: decorated({ ...field, caption: field.provider!.nameCaption }, page), html: providerName(field, style) },
      ];
    }
    return [{ ...base, caption: decorated(field, page), html: controlHtml(field, style, random) }];
  });
}

const hintOf = (entry: Entry, random: Random, className: string) =>
  entry.hint && ['text', 'select', 'file', 'rows'].includes(entry.control) && random.chance(0.6) ? ` <span class="${className}">${escape(entry.hint)}</span>` : '';

function titleOf(title: string | undefined, random: Random): string {
  if (!title) return '';
  return random.pick([`<h4>${title}</h4>`, `<div class="${random.word(4)}-title">${title}</div>`, `<p class="${random.word(4)}-hd"><b>${title}</b></p>`, `<h3 class="${random.word(5)}">${title}</h3>`]);
}

const gf = (entry: Entry) => `data-gf="${entry.key}"`;

function pairs(entries: Entry[], size: number): Entry[][] {
  const rows: Entry[][] = [];
  let row: Entry[] = [];
  for (const entry of entries) {
    if (entry.wide) {
      if (row.length) rows.push(row);
      rows.push([entry]);
      row = [];
      continue;
    }
    row.push(entry);
    if (row.length === size) {
      rows.push(row);
      row = [];
    }
  }
  if (row.length) rows.push(row);
  return rows;
}

const ControlStyles = (random: Random, overrides: Partial<ControlStyle> = {}): ControlStyle => ({
  options: random.pick(['wrap', 'for', 'text'] as const),
  placeholder: random.pick(['hint', 'caption', 'none'] as const),
  empty: random.pick(['plain', 'caption'] as const),
  radiosForSelects: random.chance(0.3),
  ...overrides,
});

export const STATIC_LAYOUTS: readonly StaticLayout[] = [
  {
    id: 'table-left',
    style: (random) => ControlStyles(random),
    block(title, entries, random) {
      const cap = random.word(3);
      const columns = random.chance(0.5) ? 2 : 1;
      const head = title && random.chance(0.5) ? `<tr><th colspan="${columns * 2}" class="${random.word(4)}">${title}</th></tr>` : '';
      const rows = pairs(entries, columns).map((row) => {
        if (row[0]!.flag) return `<tr ${gf(row[0]!)}><td colspan="${columns * 2}">${row[0]!.html}</td></tr>`;
        const cells = row.map((entry) => `<td class="${cap}" ${gf(entry)}>${escape(entry.caption)}</td><td ${gf(entry)}${entry.wide && columns > 1 ? ` colspan="${columns * 2 - 1}"` : ''}>${entry.html}${hintOf(entry, random, `${cap}-tip`)}</td>`);
        return `<tr>${cells.join('')}</tr>`;
      });
      return `${head ? '' : titleOf(title, random)}<table class="${random.word(5)}"><tbody>${head}${rows.join('')}</tbody></table>`;
    },
  },
  {
    id: 'table-above',
    style: (random) => ControlStyles(random),
    block(title, entries, random) {
      const rows = pairs(entries, 3).map((row) => {
        const span = row.length === 1 && row[0]!.wide ? ' colspan="3"' : '';
        const fill = span ? '' : '<th></th>'.repeat(3 - row.length);
        const heads = row.map((entry) => `<th ${gf(entry)}${span}>${entry.flag ? '' : escape(entry.caption)}</th>`).join('') + fill;
        const cells = row.map((entry) => `<td ${gf(entry)}${span}>${entry.html}</td>`).join('') + (span ? '' : '<td></td>'.repeat(3 - row.length));
        return `<tr>${heads}</tr><tr>${cells}</tr>`;
      });
      return `${titleOf(title, random)}<table class="${random.word(5)}"><tbody>${rows.join('')}</tbody></table>`;
    },
  },
  {
    id: 'label-sibling-div',
    style: (random) => ControlStyles(random, { options: 'wrap' }),
    block(title, entries, random) {
      const row = random.word(4);
      return `${titleOf(title, random)}${entries
        .map((entry) =>
          entry.flag
            ? `<div class="${row}" ${gf(entry)}>${entry.html}</div>`
            : `<div class="${row}" ${gf(entry)}><label class="${row}-l">${escape(entry.caption)}</label><div class="${row}-c">${entry.html}${hintOf(entry, random, `${row}-help`)}</div></div>`,
        )
        .join('')}`;
    },
  },
  {
    id: 'definition-list',
    style: (random) => ControlStyles(random),
    block(title, entries, random) {
      return `${titleOf(title, random)}<dl class="${random.word(5)}">${entries
        .map((entry) => `<div ${gf(entry)}><dt>${entry.flag ? '' : escape(entry.caption)}</dt><dd>${entry.html}${hintOf(entry, random, 'tip')}</dd></div>`)
        .join('')}</dl>`;
    },
  },
  {
    id: 'inline-text',
    style: (random) => ControlStyles(random),
    block(title, entries, random) {
      return `${titleOf(title, random)}${entries
        .map((entry) => {
          if (entry.flag) return `<div ${gf(entry)}>${entry.html}</div>`;
          const caption = random.pick([escape(entry.caption), `<span>${escape(entry.caption)}</span>`, `<b>${escape(entry.caption)}</b>`, `<font color="#333">${escape(entry.caption)}</font>`]);
          return `<div class="${random.word(3)}" ${gf(entry)}>${caption} ${entry.html}${hintOf(entry, random, 'tips')}</div>`;
        })
        .join('')}`;
    },
  },
  {
    id: 'stacked',
    style: (random) => ControlStyles(random),
    block(title, entries, random) {
      const box = random.word(4);
      const capClass = `${box}-${random.pick(['cap', 'label', 'name', 'key'])}`;
      return `${titleOf(title, random)}${entries
        .map((entry) => `<div class="${box}" ${gf(entry)}>${entry.flag ? '' : `<div class="${capClass}">${escape(entry.caption)}</div>`}${entry.html}${hintOf(entry, random, `${box}-desc`)}</div>`)
        .join('')}`;
    },
  },
  {
    id: 'placeholder-only',
    style: (random) => ControlStyles(random, { placeholder: 'caption', empty: 'caption', radiosForSelects: false }),
    block(title, entries, random) {
      return `${titleOf(title, random)}${entries
        .map((entry) => {
          const caption = entry.caption.replace(/^[•*\s]+|[：:]$/g, '');
          if (['text', 'textarea', 'select', 'sms', 'date'].includes(entry.control) && !entry.html.includes('type="radio"')) return `<div class="${random.word(3)}" ${gf(entry)}>${entry.html}</div>`;
          if (entry.flag) return `<div ${gf(entry)}>${entry.html}</div>`;
          return random.chance(0.5)
            ? `<div role="group" aria-label="${escape(caption)}" ${gf(entry)}>${entry.html}</div>`
            : `<fieldset ${gf(entry)}><legend>${escape(caption)}</legend>${entry.html}</fieldset>`;
        })
        .join('')}`;
    },
  },
  {
    id: 'floating',
    style: (random) => ControlStyles(random, { placeholder: 'none' }),
    block(title, entries, random) {
      const box = random.word(4);
      return `${titleOf(title, random)}${entries
        .map((entry) => {
          if (entry.flag) return `<div ${gf(entry)}>${entry.html}</div>`;
          if (['text', 'textarea', 'select', 'date'].includes(entry.control) && !entry.html.includes('type="radio"')) {
            return `<div class="${box} form-floating" ${gf(entry)}>${entry.html.replace('<input ', '<input placeholder=" " ')}<label>${escape(entry.caption)}</label></div>`;
          }
          return `<div class="${box}-group" ${gf(entry)}><div class="${box}-label">${escape(entry.caption)}</div>${entry.html}</div>`;
        })
        .join('')}`;
    },
  },
  {
    id: 'bootstrap-horizontal',
    style: (random) => ControlStyles(random),
    block(title, entries, random) {
      const rows = entries.map((entry) =>
        entry.flag
          ? `<div class="form-group row" ${gf(entry)}><div class="col-sm-offset-3 col-sm-9">${entry.html}</div></div>`
          : `<div class="form-group row" ${gf(entry)}><label class="col-sm-3 control-label" for="${random.word(6)}">${escape(entry.caption)}</label><div class="col-sm-9">${entry.html}${entry.hint && random.chance(0.5) ? `<small class="form-text">${escape(entry.hint)}</small>` : ''}</div></div>`,
      );
      return title ? `<fieldset><legend>${title}</legend>${rows.join('')}</fieldset>` : rows.join('');
    },
  },
  {
    id: 'list-items',
    style: (random) => ControlStyles(random),
    block(title, entries, random) {
      return `${titleOf(title, random)}<ul class="${random.word(5)}">${entries
        .map((entry) => `<li ${gf(entry)}>${entry.flag ? '' : random.chance(0.5) ? `<span>${escape(entry.caption)}</span>` : escape(entry.caption)} ${entry.html}</li>`)
        .join('')}</ul>`;
    },
  },
];

function stepsOf(page: GalleryPage, random: Random): string {
  if (!page.steps) return '';
  const mark = random.pick(['class="active"', 'class="current"', 'aria-current="step"']);
  return `<ol class="${random.word(5)}">${WIZARD.map((title, index) => `<li ${index === page.steps!.current ? mark : ''}><span>${index + 1}</span> ${title}</li>`).join('')}</ol>`;
}

const BUTTONS: Record<GalleryPage['kind'], string[]> = { subject: ['保存'], website: ['上一步', '下一步'], people: ['上一步', '下一步'] };

export function renderStatic(layout: StaticLayout, page: GalleryPage, random: Random): string {
  const style = layout.style(random);
  const heading = page.heading ? random.pick([`<h2>${page.heading}</h2>`, `<div class="${random.word(4)}-title">${page.heading}</div>`]) : '';
  const blocks = page.blocks.map((block) => `<div class="${random.word(5)}">${layout.block(block.title, entriesOf(block, page, style, random), random)}</div>`).join('');
  const buttons = BUTTONS[page.kind].map((text) => `<button type="button" class="${random.word(4)}">${text}</button>`).join(' ');
  return `${heading}${stepsOf(page, random)}<form class="${random.word(6)}" onsubmit="return false">${blocks}<div class="${random.word(4)}">${buttons}</div></form>`;
}
