/**
 * The rules of the JUnit XML schema CI systems read (Jenkins xunit-plugin's
 * junit-10.xsd, after Surefire's), checked over a small XML reader of our own:
 * the XSD itself is not vendored here. Returns the problems found, empty when
 * the document is well-formed and valid; also returns the tree for round trips.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ALLOWED: Record<string, { attributes: string[]; required: string[]; children: string[]; text: boolean }> = {
  testsuites: { attributes: ['name', 'time', 'tests', 'failures', 'errors'], required: [], children: ['testsuite'], text: false },
  testsuite: {
    attributes: [
      'name',
      'tests',
      'failures',
      'errors',
      'group',
      'time',
      'skipped',
      'timestamp',
      'hostname',
      'id',
      'package',
      'file',
      'log',
      'url',
    ],
    required: ['name', 'tests', 'failures', 'errors'],
    children: ['testsuite', 'properties', 'testcase', 'system-out', 'system-err'],
    text: false,
  },
  properties: { attributes: [], required: [], children: ['property'], text: false },
  property: { attributes: ['name', 'value'], required: ['name', 'value'], children: [], text: false },
  testcase: {
    attributes: ['name', 'time', 'classname', 'group'],
    required: ['name'],
    children: ['skipped', 'error', 'failure', 'rerunFailure', 'rerunError', 'flakyFailure', 'flakyError', 'system-out', 'system-err'],
    text: false,
  },
  failure: { attributes: ['type', 'message'], required: [], children: [], text: true },
  error: { attributes: ['type', 'message'], required: [], children: [], text: true },
  skipped: { attributes: ['type', 'message'], required: [], children: [], text: true },
  'system-out': { attributes: [], required: [], children: [], text: true },
  'system-err': { attributes: [], required: [], children: [], text: true },
};
const SUREFIRE_TIME = /^(([0-9]{0,3},)*[0-9]{3}|[0-9]{0,3})*(\.[0-9]*)?$/;
// XML 1.0's Char production: tab, newline, carriage return and the rest above U+001F, no surrogates or U+FFFE/U+FFFF.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/y;

function decode(raw: string, problems: string[]): string {
  for (let i = raw.indexOf('&'); i !== -1; i = raw.indexOf('&', i + 1)) {
    ENTITY.lastIndex = i;
    if (!ENTITY.test(raw)) problems.push(`a bare & at ${JSON.stringify(raw.slice(i, i + 12))}`);
  }
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return raw.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (_, e: string) =>
    e.startsWith('#x')
      ? String.fromCodePoint(parseInt(e.slice(2), 16))
      : e.startsWith('#')
        ? String.fromCodePoint(Number(e.slice(1)))
        : (named[e] ?? ''),
  );
}

function parseAttributes(source: string, problems: string[]): Record<string, string> {
  const attributes: Record<string, string> = {};
  const rest = source.replace(/\s+([\w:-]+)="([^"<]*)"/g, (_, name: string, value: string) => {
    if (name in attributes) problems.push(`attribute ${name} twice`);
    attributes[name] = decode(value, problems);
    return '';
  });
  if (rest.trim() !== '') problems.push(`unreadable attributes: ${JSON.stringify(rest)}`);
  return attributes;
}

/** A strict reader for the subset a JUnit file uses: declaration, elements, attributes in double quotes, text, entities. */
export function readXml(xml: string): { root: XmlElement | null; problems: string[] } {
  const problems: string[] = [];
  if (NOT_XML_CHAR.test(xml)) problems.push('a character XML 1.0 does not allow');
  const body = xml.replace(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n/, '');
  if (body === xml) problems.push('no XML declaration');
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  for (const token of body.match(/<[^>]*>|[^<]+/g) ?? []) {
    const top = stack.at(-1);
    if (!token.startsWith('<')) {
      if (top) top.text += decode(token, problems);
      else if (token.trim()) problems.push('text outside the root');
      continue;
    }
    const close = /^<\/([\w-]+)>$/.exec(token);
    if (close) {
      if (stack.pop()?.name !== close[1]) problems.push(`mismatched </${close[1]}>`);
      continue;
    }
    const open = /^<([\w-]+)((?:\s+[^>]*?)?)(\/?)>$/.exec(token);
    if (!open) {
      problems.push(`unreadable tag ${token.slice(0, 40)}`);
      continue;
    }
    const element: XmlElement = { name: open[1] ?? '', attributes: parseAttributes(open[2] ?? '', problems), children: [], text: '' };
    if (top) top.children.push(element);
    else if (root) problems.push('a second root');
    else root = element;
    if (open[3] !== '/') stack.push(element);
  }
  if (stack.length > 0) problems.push(`unclosed <${stack.at(-1)?.name}>`);
  return { root, problems };
}

function check(element: XmlElement, parent: string | null, problems: string[]): void {
  const rule = ALLOWED[element.name];
  if (!rule) return void problems.push(`element ${element.name} is not in the schema`);
  if (parent && !ALLOWED[parent]?.children.includes(element.name)) problems.push(`${element.name} inside ${parent}`);
  for (const name of Object.keys(element.attributes))
    if (!rule.attributes.includes(name)) problems.push(`${element.name}@${name} is not allowed`);
  for (const name of rule.required) if (!(name in element.attributes)) problems.push(`${element.name}@${name} is required`);
  const time = element.attributes.time;
  if ((element.name === 'testsuite' || element.name === 'testsuites') && time !== undefined && !SUREFIRE_TIME.test(time))
    problems.push(`time ${time}`);
  if (!rule.text && element.text.trim() !== '') problems.push(`text inside ${element.name}`);
  for (const child of element.children) check(child, element.name, problems);
}

/** The problems of a JUnit document against the schema's rules; empty when valid. */
export function junitProblems(xml: string): { root: XmlElement | null; problems: string[] } {
  const { root, problems } = readXml(xml);
  if (root && root.name !== 'testsuites' && root.name !== 'testsuite') problems.push(`root ${root.name}`);
  if (root) check(root, null, problems);
  return { root, problems };
}
