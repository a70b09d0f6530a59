import { describe, expect, it } from 'vitest';
import { splitSentences, type Sentence } from '../../src/coverage/index.js';
import { source, sources } from './sources.js';

const split = new Map([...sources].map(([f, t]) => [f, splitSentences(f, t)]));
const sentencesOf = (file: string): Sentence[] => split.get(file)!;
const find = (file: string, part: string): Sentence[] => sentencesOf(file).filter((s) => s.text.includes(part));
const only = (file: string, part: string): Sentence => {
  const hits = find(file, part);
  expect(hits, `one sentence holding ${part}`).toHaveLength(1);
  return hits[0]!;
};
const texts = (file: string, text: string): string[] => splitSentences(file, text).map((s) => s.text);

// Math spans found independently of the splitter: $$…$$ first, then $…$ within a line.
function mathSpans(text: string): Array<[number, number]> {
  return [...text.matchAll(/\$\$[\s\S]+?\$\$|\$[^$\n]+?\$/g)].map((m) => [m.index, m.index + m[0].length]);
}

const TERMINATED = /[。！？.!?…]$/;
// What may follow a terminator inside its sentence: closing quotes and brackets, emphasis, citations.
const TRAILING = /(?:\s*\[@[^\]]*\]|[”’"'）)」』】》\]*_~\s])+$/;
// A line that starts a new block (or a blank line): what may follow a sentence that ends its block.
const BLOCK_START = /^\s*$|^\s*(?:[-*+]\s|\d{1,9}[.)]\s|#{1,6}\s|\$|>|!\[|\|)/;

describe('splitSentences on the real sources', () => {
  for (const [file, text] of sources) {
    describe(file, () => {
      const all = sentencesOf(file);

      it('slices back to the raw text, trimmed, in order, without overlap', () => {
        expect(all.length).toBeGreaterThan(20);
        all.forEach((s, i) => {
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(s.text).toBe(s.text.trim());
          expect(s.text.length).toBeGreaterThan(0);
          expect(s.ordinal).toBe(i + 1);
          expect(s.file).toBe(file);
          expect(s.line).toBe(text.slice(0, s.start).split('\n').length);
          if (i > 0) expect(s.start).toBeGreaterThanOrEqual(all[i - 1]!.end);
        });
      });

      it('never cuts inside $…$ or $$…$$', () => {
        for (const [a, b] of mathSpans(text)) {
          const cut = all.find((s) => (s.start > a && s.start < b) || (s.end > a && s.end < b));
          expect(cut, `a sentence boundary inside ${text.slice(a, b)}`).toBeUndefined();
          expect(all.some((s) => s.start <= a && s.end >= b), `math ${text.slice(a, b)} inside one sentence`).toBe(true);
        }
      });

      it('ends every text sentence at a terminator or at the end of its block', () => {
        for (const s of all.filter((x) => x.kind === 'text')) {
          if (TERMINATED.test(s.text.replace(TRAILING, ''))) continue;
          const lineEnd = text.indexOf('\n', s.end);
          const restOfLine = text.slice(s.end, lineEnd === -1 ? undefined : lineEnd);
          const nextLine = lineEnd === -1 ? '' : text.slice(lineEnd + 1).split('\n')[0]!;
          expect(restOfLine.trim(), `after ${s.text}`).toBe('');
          expect(nextLine, `the line after ${s.text}`).toMatch(BLOCK_START);
        }
      });

      it('gives the same sentences and ordinals on every run', () => {
        expect(splitSentences(file, text)).toEqual(all);
      });

      it('makes no sentence of markup alone: no image, front matter or list marker', () => {
        for (const s of all) {
          expect(s.text).not.toMatch(/!\[|^---|^\{"dg-publish"/);
          expect(s.text).not.toMatch(/^(?:[-*+]|\d+\.)\s/);
        }
      });
    });
  }

  it('keeps earlier ordinals when a later sentence changes', () => {
    const file = 'why-deep-learning-works.md';
    const text = source(file);
    const at = text.indexOf('## Problems');
    const edited = text.slice(0, at) + text.slice(at).replace('考虑图 20.1。', '考虑图 20.1 和图 20.2。这是新加的一句。');
    const before = sentencesOf(file).filter((s) => s.start < at);
    expect(splitSentences(file, edited).slice(0, before.length)).toEqual(before);
    expect(splitSentences(file, edited).length).toBe(sentencesOf(file).length + 1);
  });

  it('counts sentences, math and headings per chapter (a snapshot: a change here is a change of every locator)', () => {
    const counts = Object.fromEntries(
      [...split].map(([f, all]) => [f, { text: all.filter((s) => s.kind === 'text').length, math: all.filter((s) => s.kind === 'math').length, heading: all.filter((s) => s.kind === 'heading').length }]),
    );
    expect(counts).toMatchInlineSnapshot(`
      {
        "deep-feedforward-networks.md": {
          "heading": 7,
          "math": 1,
          "text": 119,
        },
        "depth-vs-width.md": {
          "heading": 14,
          "math": 2,
          "text": 130,
        },
        "infinite-width-ntk.md": {
          "heading": 6,
          "math": 2,
          "text": 108,
        },
        "why-deep-learning-works.md": {
          "heading": 35,
          "math": 0,
          "text": 332,
        },
        "why-not-deeper.md": {
          "heading": 0,
          "math": 0,
          "text": 45,
        },
      }
    `);
  });
});

describe('tricky lines of the real chapters', () => {
  it('keeps decimals, thousands separators and powers inside their sentence', () => {
    const s = only('why-deep-learning-works.md', '较小的恒定值 0.0025');
    expect(s.text).toBe('过程中没有使用显式正则化，学习率被设定为较小的恒定值 0.0025，以尽量减少隐式正则化的影响。');
    expect(only('why-deep-learning-works.md', '177,201').text).toMatch(/^前面提到的模型有 177,201 个参数.*自由度。$/);
    expect(only('why-deep-learning-works.md', '10^40').text).toMatch(/^维数灾难告诉我们.*10\^35 倍。$/);
  });

  it('does not end a sentence at an ASCII ellipsis opening a quotation', () => {
    expect(only('why-deep-learning-works.md', 'Sejnowski').text).toBe(
      'Sejnowski（2020）指出，“...解的等效性改变了问题本质，从海量的稻草堆中找到一根针变成了找到一个充满针的稻草堆。”',
    );
  });

  it('keeps an opening quote with the sentence it opens, and a parenthetical translation with its sentence', () => {
    const first = sentencesOf('why-not-deeper.md')[0]!;
    expect(first.text).toBe('“Why don\'t we just go deeper and deeper?” (为什么我们不一直把网络做得更深呢？)');
    expect(first.line).toBe(5); // after the front matter
    expect(sentencesOf('why-not-deeper.md')[1]!.text).toBe('这个问题触及了深度学习实践中的一些核心挑战。');
  });

  it('keeps English inside Chinese together: NaNs, et al., ReLU', () => {
    expect(only('why-not-deeper.md', 'NaNs').text).toBe('这会导致参数更新过大，使得训练过程不稳定，甚至导致数值溢出 (NaNs)。');
    expect(only('why-deep-learning-works.md', 'Zhang et al. (2017a)').text).toBe('改编自 Zhang et al. (2017a)。');
    expect(only('why-deep-learning-works.md', 'Dauphin et al. (2014) 在').text).toMatch(/^b\) Dauphin et al\. \(2014\) 在.*。$/);
  });

  it('keeps inline math whole and makes display math its own unit', () => {
    expect(only('infinite-width-ntk.md', '的条件立即得出').text).toBe('$\\chi=1$ 的条件立即得出 $\\sigma_w^2 = 1$。');
    const ode = only('infinite-width-ntk.md', '\\frac{d f(t)}{dt}');
    expect(ode).toMatchObject({ kind: 'math', block: 'math', text: '$$\n\\frac{d f(t)}{dt} = -K (f(t) - y)\n$$' });
    expect(only('infinite-width-ntk.md', '异常简洁的方程控制').text).toMatch(/控制：$/);
    expect(only('infinite-width-ntk.md', '其中 $y$ 是真实标签').ordinal).toBe(ode.ordinal + 1);
    expect(only('depth-vs-width.md', '(w+1)^L$').text).toBe('$R(L,w) \\le (w+1)^L$');
    expect(only('depth-vs-width.md', '(w+1)^L$').kind).toBe('math');
    expect(only('deep-feedforward-networks.md', '\\nabla_{\\text{input}}').kind).toBe('math');
  });

  it('keeps a citation after its sentence and strips list markers', () => {
    const s = only('deep-feedforward-networks.md', '完全死亡[@problem_id:3100961]');
    expect(s.text).toMatch(/^这些函数确保.*\[@problem_id:3100961\]。$/);
    const item = only('why-not-deeper.md', 'Vanishing/Exploding Gradients):');
    expect(item).toMatchObject({ text: '**梯度消失/爆炸 (Vanishing/Exploding Gradients):**', line: 9, block: 'list-item' });
    expect(only('depth-vs-width.md', '**简化的优化**').text).toMatch(/^\*\*简化的优化\*\*：由于模型/);
  });

  it('gives headings as one sentence each, with their section path', () => {
    const h = only('why-deep-learning-works.md', '20.1.1 训练');
    expect(h).toMatchObject({ kind: 'heading', text: '20.1.1 训练', headingPath: ['20.1 深度学习的质疑', '20.1.1 训练'] });
    const s = only('why-deep-learning-works.md', '在每层有 43 个隐藏单元');
    expect(s.headingPath).toEqual(['20.1 深度学习的质疑', '20.1.1 训练']);
    expect(only('why-deep-learning-works.md', '问题 20.2').headingPath).toEqual(['Problems']);
    expect(sentencesOf('why-deep-learning-works.md')[0]!.headingPath).toEqual([]);
  });

  it('skips figures and reads the paragraph after one as a caption', () => {
    const caption = only('why-deep-learning-works.md', '图 20.1 拟合随机数据');
    expect(caption).toMatchObject({ text: '图 20.1 拟合随机数据。', block: 'caption', headingPath: ['附图'] });
    expect(find('why-deep-learning-works.md', 'WhyZhangResults.svg')).toEqual([]);
  });
});

describe('splitSentences on constructed text', () => {
  it('never splits math like $n!$ or $a?b$', () => {
    expect(texts('t.md', '共有 $n!$ 种排列，以及 $a?b$ 的写法。下一句。')).toEqual(['共有 $n!$ 种排列，以及 $a?b$ 的写法。', '下一句。']);
    expect(texts('t.md', '行内 $$x. Y$$ 公式和 \\(a. B\\) 都不断开。')).toEqual(['行内 $$x. Y$$ 公式和 \\(a. B\\) 都不断开。']);
  });

  it('moves opening quotes and brackets to the sentence they open', () => {
    expect(texts('t.md', '第一句。“第二句。”第三句。「第四句」。（第五句）结束。')).toEqual(['第一句。', '“第二句。”', '第三句。', '「第四句」。', '（第五句）结束。']);
  });

  it('moves a closing emphasis marker back to the sentence it closes', () => {
    expect(texts('t.md', '**加粗的一句。** 普通的一句。')).toEqual(['**加粗的一句。**', '普通的一句。']);
    expect(texts('t.md', '普通的一句。**加粗的一句。**')).toEqual(['普通的一句。', '**加粗的一句。**']);
  });

  it('ends a sentence at an English full stop followed by a space, not inside 1.5, …… or e.g.', () => {
    expect(texts('t.md', '我们使用 ReLU. 然后继续。')).toEqual(['我们使用 ReLU.', '然后继续。']);
    expect(texts('t.md', '学习率为 1.5 倍。等等……然后呢？例如 e.g. 这个。')).toEqual(['学习率为 1.5 倍。', '等等……然后呢？', '例如 e.g. 这个。']);
  });

  it('joins the lines of a paragraph, and reads block quotes and tables', () => {
    expect(texts('t.md', '第一行的\n后半句。第二句\n跨行结束。\n')).toEqual(['第一行的\n后半句。', '第二句\n跨行结束。']);
    const quoted = splitSentences('t.md', '> 引用一。引用\n> 二。\n');
    expect(quoted.map((s) => [s.text, s.block])).toEqual([['引用一。', 'blockquote'], ['引用\n> 二。', 'blockquote']]);
    const table = splitSentences('t.md', '| 列 | 说明 |\n| --- | --- |\n| a | 第一格。第二句。 |\n');
    expect(table.map((s) => s.text)).toEqual(['列', '说明', 'a', '第一格。', '第二句。']);
    expect(table.every((s) => s.block === 'table-cell')).toBe(true);
  });

  it('makes nothing of front matter, rules, code or a lone image', () => {
    expect(texts('t.md', '---\ntitle: x\n---\n\n正文。\n\n---\n\n```\n代码。\n```\n\n![图](a.png)\n')).toEqual(['正文。']);
  });
});
