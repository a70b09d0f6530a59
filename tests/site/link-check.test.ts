import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/site/link-check.js';

describe('checkLinks', () => {
  const files = new Map([
    ['index.html', '<a href="a.html#x">a</a> <a href="#top">top</a> <h1 id="top">t</h1> <a href="data.json">d</a> <img src="data:image/png;base64,AA">'],
    ['a.html', '<section id="x"></section><a href="index.html">back</a><a href="./sub/../a.html#x">self</a>'],
    ['data.json', '{}'],
  ]);

  it('accepts links to existing files and ids', () => {
    expect(checkLinks(files)).toEqual([]);
  });

  it('reports missing files, missing ids, links out of the site and external addresses', () => {
    const broken = checkLinks(new Map([...files, ['b.html', '<a href="a.html#nope">1</a><a href="c.html">2</a><a href="../x.html">3</a><a href="https://example.com">4</a><script src="//cdn.example/x.js"></script>']]));
    expect(broken).toEqual([
      { page: 'b.html', href: 'a.html#nope', why: 'no such id' },
      { page: 'b.html', href: 'c.html', why: 'no such file' },
      { page: 'b.html', href: '../x.html', why: 'no such file' },
      { page: 'b.html', href: 'https://example.com', why: 'external' },
      { page: 'b.html', href: '//cdn.example/x.js', why: 'external' },
    ]);
  });
});
