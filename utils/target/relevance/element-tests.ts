/**
 * Which elements can be a Target's candidates, or name one: implicit roles, element tests and
 * selectors. The tests are plain property reads, because they run on every element a page adds.
 */
import { FIELD_ROLES } from '../strategies';
import { safely } from './nodes';

/** An element a role can come from without a `role` attribute: `tag`, `tag[href]` or `input:type|type`. */
interface ElementSpec {
  tag: string;
  href: boolean;
  types: readonly string[] | null;
}

function spec(s: string): ElementSpec {
  const [tag = s, types] = s.split(':');
  return { tag: tag.replace('[href]', ''), href: tag.endsWith('[href]'), types: types ? types.split('|') : null };
}

/**
 * The elements that can have each role without a `role` attribute: a superset of
 * dom-accessibility-api's implicit roles (its `getRole`, which resolve uses). A role not listed
 * here can only come from a `role` attribute.
 */
export const IMPLICIT_ROLES: ReadonlyMap<string, readonly ElementSpec[]> = new Map(
  Object.entries({
    article: 'article',
    banner: 'header',
    button: 'button summary input:button|image|reset|submit',
    cell: 'td',
    checkbox: 'input:checkbox',
    columnheader: 'th',
    combobox: 'input select',
    complementary: 'aside',
    contentinfo: 'footer',
    definition: 'dd',
    dialog: 'dialog',
    document: 'html',
    figure: 'figure',
    form: 'form',
    group: 'details fieldset optgroup',
    heading: 'h1 h2 h3 h4 h5 h6',
    img: 'img',
    legend: 'legend',
    link: 'a[href] area[href] link[href]',
    list: 'menu ol ul',
    listbox: 'datalist select',
    listitem: 'li',
    main: 'main',
    math: 'math',
    navigation: 'nav',
    none: 'img',
    option: 'option',
    presentation: 'img',
    progressbar: 'progress',
    radio: 'input:radio',
    region: 'section',
    row: 'tr',
    rowgroup: 'tbody tfoot thead',
    searchbox: 'input',
    separator: 'hr',
    slider: 'input:range',
    spinbutton: 'input:number',
    status: 'output',
    table: 'table',
    term: 'dt',
    textbox: 'input textarea',
  }).map(([role, specs]) => [role, specs.split(' ').map(spec)]),
);

/** Roles whose name comes from their content (dom-accessibility-api's list). */
const NAME_FROM_CONTENT = [
  'button',
  'cell',
  'checkbox',
  'columnheader',
  'gridcell',
  'heading',
  'label',
  'legend',
  'link',
  'menuitem',
  'menuitemcheckbox',
  'menuitemradio',
  'option',
  'radio',
  'row',
  'rowheader',
  'switch',
  'tab',
  'tooltip',
  'treeitem',
];

/** The roles of the fields a `label` Target can find (resolve's `isFormField`), as a list. */
const FIELD_ROLE_LIST = [...FIELD_ROLES];
/** Where a citizen's own input lives (text.ts `holdsFieldValue`): its text is not the page's, and resolve never reads it. */
const VALUE_ROLES = new Set(['textbox', 'searchbox', 'combobox', 'listbox', 'spinbutton']);

/** A CSS string literal's content. */
export function cssString(s: string): string {
  return s.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\a ');
}

function specSelector(s: ElementSpec): string {
  if (s.types) return s.types.map((t) => `${s.tag}[type="${t}" i]`).join(', ');
  return s.href ? `${s.tag}[href]` : s.tag;
}

/** Every element that can have `role` (explicitly: a token of `role`; or implicitly). */
export function roleSelector(role: string): string {
  const r = role.toLowerCase();
  const implicit = (IMPLICIT_ROLES.get(r) ?? []).map(specSelector);
  return [...implicit, `[role~="${cssString(r)}" i]`].join(', ');
}

/**
 * An element test from plain property reads (a long selector list costs more per element). Gets
 * the element's `localName`, read once by the caller, and whether it has any of ATTRIBUTES_READ:
 * only then does it read attributes.
 */
export type Test = (el: Element, tag: string, attrs: boolean) => boolean;

function hasToken(list: string, token: string): boolean {
  return list.toLowerCase().split(/\s+/).includes(token);
}

/** `roleSelector` as a test. */
export function roleTest(roles: readonly string[]): Test {
  const wanted = roles.map((r) => r.toLowerCase());
  const byTag = new Map<string, ElementSpec[]>();
  for (const r of wanted)
    for (const s of IMPLICIT_ROLES.get(r) ?? []) byTag.set(s.tag, [...(byTag.get(s.tag) ?? []), s]);
  return (el, tag, attrs) => {
    const specs = byTag.get(tag);
    if (specs) {
      for (const s of specs) {
        if (s.href && !(attrs && el.hasAttribute('href'))) continue;
        if (s.types && !(attrs && s.types.includes((el.getAttribute('type') ?? '').toLowerCase()))) continue;
        return true;
      }
    }
    if (!attrs) return false;
    const role = el.getAttribute('role');
    return role !== null && wanted.some((r) => hasToken(role, r));
  };
}

export const fieldTest: Test = (el, tag, attrs) => {
  if (tag === 'input' || tag === 'textarea' || tag === 'select') return true;
  if (!attrs) return false;
  if (el.hasAttribute('contenteditable')) return true;
  const role = el.getAttribute('role');
  return role !== null && FIELD_ROLE_LIST.some((r) => hasToken(role, r));
};

/** Fields and editable regions: what is typed there is the citizen's. */
export const valueHolderTest = (el: Element): boolean => {
  const tag = el.localName;
  if (tag === 'textarea' || tag === 'select') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  const role = el.getAttribute('role');
  return role !== null && VALUE_ROLES.has(role.trim().split(/\s+/)[0]?.toLowerCase() ?? '');
};

export const cssTest =
  (css: string): Test =>
  (el) =>
    safely(() => el.matches(css), true);

export const allOf =
  (tests: Test[]): Test =>
  (el, tag, attrs) =>
    tests.every((t) => t(el, tag, attrs));

export const NAME_FROM_CONTENT_TEST: Test = (() => {
  const byRole = roleTest(NAME_FROM_CONTENT);
  return (el, tag, attrs) => tag === 'caption' || byRole(el, tag, attrs);
})();

/** The attributes element tests read; one `matches` tells whether an element has any. */
export const ATTRIBUTES_READ = '[role], [id], [href], [type], [contenteditable], [aria-labelledby]';

/** Elements whose text names or labels another element (besides `aria-labelledby` targets, found by id). */
export const SOURCE_TAGS = new Set(['label', 'legend', 'caption', 'title']);
export const NAME_SOURCE_SELECTOR = [...SOURCE_TAGS].join(', ');
/** Form fields a `label` Target can find (resolve's `isFormField` as a selector, a superset). */
export const FIELD_SELECTOR = [
  'input, textarea, select, [contenteditable]',
  ...FIELD_ROLE_LIST.map((r) => `[role~="${r}" i]`),
].join(', ');
export const BUTTON_INPUT_TYPES = ['button', 'image', 'reset', 'submit'].map((t) => `input[type="${t}" i]`);
/** Candidates whose name can come from outside their subtree, or from a default ("Submit"). */
export const EXTERNAL_NAME_SELECTOR =
  '[aria-labelledby], input[type="submit" i]:not([value]), input[type="reset" i]:not([value]), input[type="image" i]';
/** Elements that can have `<label>`s. */
export const LABELABLE = new Set(['button', 'input', 'meter', 'output', 'progress', 'select', 'textarea']);
export const LABELABLE_SELECTOR = [...LABELABLE, '[aria-labelledby]'].join(', ');
