import fc from 'fast-check';

/** Strings that have broken, or could break, a report somewhere: each kind the issue names. */
export const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<details><summary>x</summary>',
  '</summary></details>',
  '<!-- eval-gate:aegis -->',
  '&lt;b&gt; &amp;#64; &#x40;',
  '[x](https://evil.example) ![i](https://evil.example/p.png)',
  '[ref]: https://evil.example "t"',
  '[ref]',
  '<https://evil.example>',
  'https://evil.example www.evil.example mailto:a@b.co xmpp:a@b.co a@b.co',
  '@octocat @acme/security-team',
  '#1 GH-1 gh-12 acme/widgets#1 acme/widgets@deadbeef acme@deadbeef1 JIRA-123',
  'deadbeef 0123456789abcdef0123456789abcdef01234567 1234567',
  ':shipit: :+1: :smile:',
  '::error file=a.ts,line=1::boom',
  '::add-mask::secret ::set-output name=passed::true',
  '##[error]x ##[stop-commands]t ##[group]g',
  '```',
  '~~~~',
  '`````` `',
  'a|b|c',
  '| a | b |\n|---|---|',
  'line\nbreak\r\nagain\rthere',
  '\n\n# heading\n\n- list\n> quote',
  '$x^2$ $$y$$',
  '[^1] [^1]: note',
  '**bold** _em_ ~~del~~ ***',
  'a\u202Eevil\u202C b\u200Bc\u200D\u2066d\u2069\uFEFF\u00AD',
  '\uD800 lone \uDC00 surrogates',
  '\u0000\u0007\u001B[31mred\u001B[0m\u0085',
  '\\',
  '\\#1 \\@x',
  '😀‍👩‍👧 é',
];

export const hostileString = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.array(fc.constantFrom(...HOSTILE, ' ', '-', ':', '#', '@', 'x', '1'), { maxLength: 6 }).map((p) => p.join('')),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE).map((s) => s.repeat(300)) },
);
