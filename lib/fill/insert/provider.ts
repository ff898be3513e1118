import type { FieldDefinition } from '../../pages/types';
import { collectFields, controlsOf, type CollectedField } from '../collect';
import type { Match } from '../match';
import { providerParts } from '../provider';
import { optionMatches } from '../text';
import type { FillValue } from '../values';
import { enterText } from '../widgets/events';
import { FillError } from '../widgets/fill-error';
import { setChecked } from '../widgets/native';
import { LIST_KINDS } from '../widgets/registry';
import { nextTurn, waitFor, type Waits } from '../widgets/waits';
import { chooseCurrent } from './choices';
import { plainTextBoxes } from './rows';

/** After 其他, the page asks for the name in a text box of its own, in the name's field or right after it. */
async function otherNameBox(nameField: CollectedField, waits: Waits): Promise<HTMLInputElement> {
  const places = () => {
    const siblings: Element[] = [nameField.container];
    for (let next = nameField.container.nextElementSibling, count = 0; next && count < 2; next = next.nextElementSibling, count++) siblings.push(next);
    return siblings;
  };
  return waitFor(nameField.container.ownerDocument, () => places().flatMap(plainTextBoxes)[0], waits, '其他').catch(() => {
    throw new FillError('no-other-input');
  });
}

/** Whether a list offers only the provider's scopes (境内, 境外). */
function offersScopesOnly(seen: readonly string[] | undefined): boolean {
  return !!seen?.length && seen.every((option) => ['境内', '境外'].some((scope) => optionMatches(option, scope)));
}

/** A control a person can use now: not disabled, by attribute, ARIA or a library's class. */
function usable(element: Element): boolean {
  return !element.matches('[disabled], [aria-disabled="true"], [class*="disabled"]') && !element.querySelector('input[disabled], [aria-disabled="true"]');
}

/**
 * A provider, part after part as a person fills it: 境内 or 境外, then the region once its list is
 * there, then the name once its list is there — 其他 and the name typed when the list lacks it.
 * The parts are looked for again after each answer: a page shows the next part only then.
 */
export async function insertProvider(definition: FieldDefinition, match: Match, lastSeen: readonly CollectedField[], definitions: readonly FieldDefinition[], value: Extract<FillValue, { kind: 'provider' }>, waits: Waits): Promise<boolean> {
  const document = match.field.container.ownerDocument;
  let seen = lastSeen;
  // The page as last seen while it shows every part; looked at again only when a part is missing.
  const parts = () => {
    const found = providerParts(definition, match, seen, definitions);
    const whole = found.region && found.name && [found.region, found.name].every((control) => control.element.isConnected);
    if (whole) return found;
    seen = collectFields(document);
    return providerParts(definition, match, seen, definitions);
  };
  let changed = false;
  const scope = value.scope ? parts().scope?.find((radio) => optionMatches(radio.option ?? '', value.scope)) : undefined;
  if (scope) {
    changed = (await setChecked(scope.element, true, waits)) || changed;
    await nextTurn(document, waits);
  } else if (value.scope && parts().scopeList) {
    changed = (await chooseCurrent(() => parts().scopeList, [value.scope], waits)) || changed;
    await nextTurn(document, waits);
  }
  // The region's list may be shown before it can be used (disabled until the scope is chosen, or while it loads).
  await waitFor(document, () => { const { region } = parts(); return region && usable(region.element) ? region : undefined; }, waits, value.region).catch(() => {
    throw new FillError('no-control', value.region);
  });
  try {
    changed = (await chooseCurrent(() => parts().region, [value.region], waits)) || changed;
  } catch (error) {
    // The first list offered only 境内 and 境外: it was the scope, drawn as a list; the region is the next list.
    if (!(error instanceof FillError && error.code === 'no-option' && offersScopesOnly(error.seen)) || !value.scope) throw error;
    const scopeList = parts().region!;
    changed = (await chooseCurrent(() => scopeList, [value.scope], waits)) || changed;
    await nextTurn(document, waits);
    const afterScope = () => {
      const fields = collectFields(document);
      const at = fields.findIndex((candidate) => candidate.controls.some((control) => control.element === scopeList.element || control.element.contains(scopeList.element)));
      return fields.slice(at + 1, at + 3).flatMap((candidate) => controlsOf(candidate, ...LIST_KINDS))[0];
    };
    await waitFor(document, () => { const region = afterScope(); return region && usable(region.element) ? region : undefined; }, waits, value.region);
    changed = (await chooseCurrent(afterScope, [value.region], waits)) || changed;
    seen = collectFields(document);
  }
  await nextTurn(document, waits);
  // The name's list may be shown before it can be used (disabled while its options load).
  const named = await waitFor(document, () => { const { name, nameField } = parts(); return name && nameField && usable(name.element) ? { name, nameField } : undefined; }, waits, value.name).catch(() => {
    throw new FillError('no-name-field', value.name);
  });
  if (named.name.kind === 'text') return (await enterText(named.name.element as HTMLInputElement, value.name, waits)) || changed;
  try {
    return (await chooseCurrent(() => parts().name, [value.name], waits)) || changed;
  } catch (error) {
    if (!(error instanceof FillError) || error.code !== 'no-option') throw error;
    await chooseCurrent(() => parts().name, ['其他'], waits);
    await enterText(await otherNameBox(named.nameField, waits), value.name, waits);
    return true;
  }
}
