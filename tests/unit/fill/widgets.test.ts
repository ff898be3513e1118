// @vitest-environment happy-dom
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chooseCascade } from '@/lib/fill/widgets/cascader';
import { chooseCombobox, chooseManyCombobox, comboboxText } from '@/lib/fill/widgets/combobox';
import { typeDate } from '@/lib/fill/widgets/date';
import { FillError } from '@/lib/fill/widgets/fill-error';
import type { Waits } from '@/lib/fill/widgets/waits';
import { chooseNative, setChecked } from '@/lib/fill/widgets/native';
import { choosePicked, pickerText } from '@/lib/fill/widgets/picker';
import { setSwitch } from '@/lib/fill/widgets/switch';
import { fileInputsOf } from '@/lib/fill/widgets/upload';
import { withMarkupLayout } from '../../helpers/layout';

/**
 * Each widget driver against a scripted stand-in for the behaviour it must cope with — a list
 * teleported to the body, another one still fading out, Ant Design's zero-size copy for screen
 * readers, a virtual list, a remote search, cascade columns nested or side by side. The real
 * libraries are driven by the gallery (tests/e2e/gallery.spec.ts).
 */
let restore: () => void;
beforeAll(() => {
  restore = withMarkupLayout();
});
afterAll(() => restore());
beforeEach(() => {
  document.body.innerHTML = '';
});

const waits = (): Waits => ({ waitedMs: 0 });
/** A page's reaction a moment later; those still pending when a test ends belong to its page, which is gone. */
const pending = new Set<ReturnType<typeof setTimeout>>();
const later = (act: () => void) => {
  const timer = setTimeout(() => {
    pending.delete(timer);
    act();
  }, 20);
  pending.add(timer);
};
afterEach(() => {
  pending.forEach(clearTimeout);
  pending.clear();
});
const $ = <T extends HTMLElement = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

async function failure(promise: Promise<unknown>): Promise<FillError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(FillError);
  return error as FillError;
}

describe('native select', () => {
  it('waits for options that load after the parent level changed', async () => {
    document.body.innerHTML = '<select id="city"><option value="">请选择市</option></select>';
    const select = $<HTMLSelectElement>('#city');
    later(() => select.insertAdjacentHTML('beforeend', '<option value="330100">杭州市</option>'));
    expect(await chooseNative(select, ['杭州市'], waits())).toBe(true);
    expect(select.value).toBe('330100');
  });

  it('says which options the page offered when the wanted one is not among them', async () => {
    document.body.innerHTML = '<select id="s"><option value="">请选择</option><option value="1">虚拟主机</option><option value="2">主机托管</option></select>';
    const error = await failure(chooseNative($<HTMLSelectElement>('#s'), ['云服务器'], waits()));
    expect(error).toMatchObject({ code: 'no-option', wanted: '云服务器', seen: ['虚拟主机', '主机托管'] });
  });
});

describe('radios and checkboxes', () => {
  it('clicks, and waits for a custom checkbox that shows its state after a re-render', async () => {
    document.body.innerHTML = '<span id="c" role="checkbox" aria-checked="false">同主体负责人信息</span>';
    const box = $('#c');
    box.addEventListener('click', () => later(() => box.setAttribute('aria-checked', 'true')));
    expect(await setChecked(box, true, waits())).toBe(true);
    expect(await setChecked(box, true, waits())).toBe(false);
  });
});

/** A dropdown like Element UI 2's: no ARIA, its list teleported to the body when first opened. */
function teleportedSelect(options: string[]) {
  document.body.insertAdjacentHTML('beforeend', '<div class="el-select" id="w"><div class="el-input"><input class="el-input__inner" readonly placeholder="请选择"></div></div>');
  const widget = $('#w');
  const input = widget.querySelector('input')!;
  widget.addEventListener('click', () => {
    const list = document.createElement('div');
    list.className = 'el-select-dropdown el-popper';
    list.innerHTML = options.map((option) => `<li class="el-select-dropdown__item"><span>${option}</span></li>`).join('');
    list.addEventListener('click', (event) => {
      input.value = (event.target as Element).closest('li')!.textContent!;
      list.style.display = 'none';
    });
    document.body.append(list);
  });
  return widget;
}

describe('custom dropdown', () => {
  it('finds its list where the page teleported it, presses the option, and reads the choice back', async () => {
    const widget = teleportedSelect(['个人', '企业单位']);
    expect(await chooseCombobox(widget, ['企业单位', '企业'], waits())).toBe(true);
    expect(comboboxText(widget)).toBe('企业单位');
  });

  it('leaves alone another dropdown’s list that is still fading out, options alike', async () => {
    document.body.innerHTML = '<div class="el-select-dropdown el-popper" id="other"><li class="el-select-dropdown__item">企业单位</li></div>';
    let pressedOther = false;
    $('#other').addEventListener('click', () => (pressedOther = true));
    const widget = teleportedSelect(['个人', '企业单位']);
    await chooseCombobox(widget, ['企业单位'], waits());
    expect(pressedOther).toBe(false);
    expect(comboboxText(widget)).toBe('企业单位');
  });

  it('follows aria-controls, and never presses the zero-size copy kept for screen readers', async () => {
    document.body.innerHTML = `<div class="ant-select" id="w"><div class="ant-select-selector"><input role="combobox" aria-controls="a11y" readonly><span class="ant-select-selection-item" title=""></span></div></div>`;
    const widget = $('#w');
    widget.querySelector('.ant-select-selector')!.addEventListener('mousedown', () => {
      document.body.insertAdjacentHTML(
        'beforeend',
        `<div class="ant-select-dropdown"><div role="listbox" id="a11y" style="width:0px;height:0px"><div role="option" class="decoy">企业单位</div></div>
         <div><div class="ant-select-item-option" title="个人">个人</div><div class="ant-select-item-option" title="企业单位">企业单位</div></div></div>`,
      );
      $('.decoy').addEventListener('click', () => {
        throw new Error('pressed the screen-reader copy');
      });
      for (const option of document.querySelectorAll('.ant-select-item-option')) {
        option.addEventListener('click', () => widget.querySelector('.ant-select-selection-item')!.setAttribute('title', option.getAttribute('title')!));
      }
    });
    expect(await chooseCombobox(widget, ['企业单位'], waits())).toBe(true);
    expect(comboboxText(widget)).toBe('企业单位');
  });

  it('scrolls a virtual list that draws only the options in view', async () => {
    const provinces = Array.from({ length: 30 }, (_, index) => `省${String.fromCharCode(0x4e00 + index)}`);
    document.body.innerHTML = '<div class="ant-select" id="w"><div class="ant-select-selector"><span class="ant-select-selection-item"></span></div></div>';
    const widget = $('#w');
    widget.querySelector('.ant-select-selector')!.addEventListener('mousedown', () => {
      document.body.insertAdjacentHTML('beforeend', '<div class="ant-select-dropdown"><div class="rc-virtual-list-holder" id="holder"></div></div>');
      const holder = $('#holder');
      let first = 0;
      Object.defineProperties(holder, {
        clientHeight: { get: () => 160 },
        scrollHeight: { get: () => provinces.length * 32 },
        scrollTop: { get: () => first * 32, set: (top: number) => (first = Math.min(Math.floor(top / 32), provinces.length - 5)) },
      });
      const draw = () => {
        holder.innerHTML = provinces.slice(first, first + 5).map((name) => `<div class="ant-select-item-option" title="${name}">${name}</div>`).join('');
      };
      holder.addEventListener('scroll', () => later(draw));
      holder.addEventListener('click', (event) => (widget.querySelector('.ant-select-selection-item')!.textContent = (event.target as Element).getAttribute('title')));
      draw();
    });
    expect(await chooseCombobox(widget, [provinces[22]!], waits())).toBe(true);
    expect(comboboxText(widget)).toBe(provinces[22]);
  });

  it('types into a remote search, and says the option is not there when the search finds nothing', async () => {
    document.body.innerHTML = '<div class="el-select" id="w"><div class="el-select__wrapper"><input class="el-select__input" aria-controls="list"><span class="el-select__placeholder is-transparent">请选择</span></div></div><ul id="list" role="listbox"></ul>';
    const widget = $('#w');
    const input = widget.querySelector('input')!;
    input.addEventListener('input', () =>
      later(() => {
        const names = ['阿里云计算有限公司', '其他'].filter((name) => name.includes(input.value));
        $('#list').innerHTML = names.map((name) => `<li role="option">${name}</li>`).join('');
      }),
    );
    $('#list').addEventListener('click', (event) => {
      const placeholder = widget.querySelector('.el-select__placeholder')!;
      placeholder.textContent = (event.target as Element).textContent;
      placeholder.classList.remove('is-transparent');
    });
    expect(await chooseCombobox(widget, ['阿里云计算有限公司'], waits())).toBe(true);
    expect(await failure(chooseCombobox(widget, ['GoDaddy.com, LLC'], waits()))).toMatchObject({ code: 'no-option' });
  });

  it('chooses several options of a multiple select, each confirmed by its tag', async () => {
    document.body.innerHTML = '<div class="el-select" id="w"><div class="el-select__wrapper" aria-controls="list"></div></div><ul id="list" role="listbox"><li role="option">中文简体</li><li role="option">中文繁体</li></ul>';
    const widget = $('#w');
    $('#list').addEventListener('click', (event) => widget.querySelector('.el-select__wrapper')!.insertAdjacentHTML('beforeend', `<span class="el-select__tags-text">${(event.target as Element).textContent}</span>`));
    expect(await chooseManyCombobox(widget, [['中文简体'], ['中文繁体', '繁体中文']], waits())).toBe(true);
    expect(await chooseManyCombobox(widget, [['中文简体'], ['中文繁体']], waits())).toBe(false);
  });
});

describe('cascader', () => {
  /** 省/市/区 columns, side by side (Element) or each nested in the previous one's wrapper (iView). */
  function cascader(nested: boolean) {
    document.body.innerHTML = '<div class="el-cascader" id="w"><input readonly></div><div class="el-cascader__dropdown" id="panel" style="display:none"></div>';
    const widget = $('#w');
    const chosen: string[] = [];
    const tree: Record<string, string[]> = { '': ['北京市', '浙江省'], 北京市: ['北京市'], 'Beijing/北京市': ['东城区'], 浙江省: ['杭州市'], 'Zhejiang/杭州市': ['西湖区'] };
    const column = (names: string[]) => `<ul class="el-cascader-menu" role="menu">${names.map((name) => `<li class="el-cascader-node">${name}</li>`).join('')}</ul>`;
    const draw = () => {
      const levels = [tree['']!, ...chosen.map((name, level) => (level === 0 ? tree[name] : tree[`${chosen[0] === '北京市' ? 'Beijing' : 'Zhejiang'}/${name}`]) ?? [])].filter((names) => names.length);
      $('#panel').innerHTML = nested ? levels.reduceRight((inner, names) => `<span>${column(names)}${inner}</span>`, '') : levels.map(column).join('');
    };
    widget.addEventListener('click', () => {
      $('#panel').style.display = '';
      draw();
    });
    $('#panel').addEventListener('click', (event) => {
      const node = (event.target as Element).closest('li')!;
      const menus = [...$('#panel').querySelectorAll('.el-cascader-menu')];
      chosen.splice(menus.indexOf(node.closest('.el-cascader-menu')!), Infinity, node.textContent!);
      if (chosen.length === 3) widget.querySelector('input')!.value = chosen.join(' / ');
      else later(draw);
    });
    return widget;
  }

  it.each([
    ['side by side', false],
    ['nested', true],
  ])('picks each level in its own column (%s), even when a city bears its province’s name', async (_layout, nested) => {
    const widget = cascader(nested);
    expect(await chooseCascade(widget, ['北京市', '北京市', '东城区'], waits())).toBe(true);
    expect(widget.querySelector('input')!.value).toBe('北京市 / 北京市 / 东城区');
  });
});

describe('switch, date picker, upload', () => {
  it('turns a switch on by pressing it, and reads its state from aria-checked', async () => {
    document.body.innerHTML = '<button id="s" role="switch" aria-checked="false"></button>';
    const toggle = $('#s');
    toggle.addEventListener('click', () => toggle.setAttribute('aria-checked', String(toggle.getAttribute('aria-checked') !== 'true')));
    expect(await setSwitch(toggle, true, waits())).toBe(true);
    expect(toggle.getAttribute('aria-checked')).toBe('true');
  });

  it('types a date into a picker’s box and reads it back', async () => {
    document.body.innerHTML = '<div class="el-date-editor" id="d"><input placeholder="选择日期"></div>';
    expect(await typeDate($('#d'), '2035-03-12', waits())).toBe(true);
    expect($('#d').querySelector('input')!.value).toBe('2035-03-12');
  });

  it('finds the hidden file input inside an upload widget', () => {
    document.body.innerHTML = '<div class="el-upload" id="u"><button>点击上传</button><input type="file" style="display:none"></div>';
    expect(fileInputsOf($('#u'))).toHaveLength(1);
  });
});

/**
 * A dropdown driven by the keyboard alone: a press opens nothing; ArrowDown opens its list at the
 * end of the body and moves a highlight (a class, or aria-activedescendant), Enter chooses.
 */
function keyboardOnlyDropdown(options: string[], highlight: 'class' | 'aria') {
  document.body.innerHTML = `<div class="row"><span>网站接入方式</span><div id="w" class="kb-select"><input id="box" readonly placeholder="请选择"${highlight === 'aria' ? ' role="combobox"' : ''}></div></div>`;
  const box = $<HTMLInputElement>('#box');
  let at = -1;
  box.addEventListener('keydown', (event) => {
    const list = document.querySelector('.kb-list');
    if (event.key === 'ArrowDown') {
      if (!list) document.body.insertAdjacentHTML('beforeend', `<ul class="kb-list">${options.map((option, index) => `<li id="kb-${index}" class="kb-item">${option}</li>`).join('')}</ul>`);
      at = Math.min(at + 1, options.length - 1);
      document.querySelectorAll('.kb-item').forEach((item, index) => {
        if (highlight === 'class') item.classList.toggle('kb-item--hover', index === at);
      });
      if (highlight === 'aria') box.setAttribute('aria-activedescendant', `kb-${at}`);
    }
    if (event.key === 'Enter' && list && at >= 0) {
      box.value = options[at]!;
      list.remove();
    }
  });
  return $('#w');
}

describe('a dropdown pressing cannot open: the keyboard', () => {
  it.each(['class', 'aria'] as const)('walks to the option with ArrowDown and chooses it with Enter (highlight by %s)', async (highlight) => {
    const widget = keyboardOnlyDropdown(['云服务器', '虚拟主机', '自有机房'], highlight);
    expect(await choosePicked(widget, ['虚拟主机'], waits())).toBe(true);
    expect(pickerText(widget)).toBe('虚拟主机');
  }, 20_000);

  it('an ARIA combobox that opens only to the keys: chosen with them, its listbox named by aria-activedescendant', async () => {
    document.body.innerHTML = '<div id="w"><input id="box" role="combobox" readonly aria-expanded="false"></div>';
    const box = $<HTMLInputElement>('#box');
    const options = ['简体中文', '繁体中文', '其他语种'];
    let at = -1;
    box.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown') {
        if (!document.querySelector('[role="listbox"]')) document.body.insertAdjacentHTML('beforeend', `<ul role="listbox">${options.map((option, index) => `<li role="option" id="o-${index}">${option}</li>`).join('')}</ul>`);
        at = Math.min(at + 1, options.length - 1);
        box.setAttribute('aria-activedescendant', `o-${at}`);
      }
      if (event.key === 'Enter' && at >= 0) {
        box.value = options[at]!;
        document.querySelector('[role="listbox"]')!.remove();
      }
    });
    expect(await chooseCombobox($('#w'), ['繁体中文'], waits())).toBe(true);
    expect(comboboxText($('#w'))).toBe('繁体中文');
  }, 20_000);

  it('chooses nothing when the walk comes to the end without the option, and says no list took it', async () => {
    const widget = keyboardOnlyDropdown(['云服务器', '虚拟主机'], 'class');
    const error = await failure(choosePicked(widget, ['自有机房'], waits()));
    expect(error.code).toBe('no-list');
    expect(pickerText(widget)).toBe('');
  }, 20_000);
});

describe('a press that landed on a list being redrawn', () => {
  it('is made once more: the option pressed in the list that replaced it takes', async () => {
    document.body.innerHTML = '<div class="row"><span>域名服务商名称</span><div id="w"><input id="box" readonly placeholder="请选择服务商"></div></div>';
    const box = $<HTMLInputElement>('#box');
    let opened = 0;
    box.addEventListener('click', () => {
      opened += 1;
      document.querySelector('.stale-list')?.remove();
      // The first time, the list drawn is replaced a moment later (a search taken out): a press on it does nothing.
      const list = document.createElement('ul');
      list.className = opened === 1 ? 'stale-list' : 'fresh-list';
      list.innerHTML = '<li>新网</li><li>其他（列表中没有）</li>';
      if (opened > 1) for (const item of list.querySelectorAll('li')) item.addEventListener('click', () => ((box.value = item.textContent!), list.remove()));
      document.body.append(list);
    });
    expect(await choosePicked($('#w'), ['其他'], waits())).toBe(true);
    expect(box.value).toBe('其他（列表中没有）');
    expect(opened).toBe(2);
  }, 20_000);
});
