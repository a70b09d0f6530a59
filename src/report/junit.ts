// JUnit XML of a run, for CI dashboards: one test case per claimed sentence.
import type { Results, SentenceResult } from '../results/schema.js';

const xml = (s: string): string =>
  // XML 1.0 forbids most control characters even as references; drop them.
  s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const FAILS = new Set(['refuted', 'qualified']);
const FAULTS = new Set(['error', 'stale']);

function testCase(s: SentenceResult, results: Results): string {
  const name = `${s.file}:${s.line} ${s.text.replace(/\s+/g, ' ').slice(0, 120)}`;
  const ids = s.assertions.map((a) => a.primary);
  const head = `    <testcase classname="${xml(s.file.replace(/\.md$/, ''))}" name="${xml(name)}">`;
  const findings = results.findings.filter((f) => f.claims.some((c) => ids.includes(c)));
  let body = '';
  if (FAILS.has(s.verdict)) {
    const message = findings.map((f) => f.summary).join(' | ') || s.verdict;
    body = `\n      <failure type="${s.verdict}" message="${xml(message.slice(0, 500))}">${xml(findings.map((f) => `${f.id}: ${f.summary}`).join('\n'))}</failure>`;
  } else if (FAULTS.has(s.verdict)) {
    body = `\n      <error type="${s.verdict}" message="${xml(ids.join(', '))}"/>`;
  } else if (s.verdict === 'not-checkable') {
    body = '\n      <skipped message="not checkable"/>';
  }
  const props = `\n      <system-out>${xml(s.assertions.map((a) => `${a.primary}: ${a.verdict}`).join('\n'))}</system-out>`;
  return `${head}${body}${props}\n    </testcase>`;
}

/** The run as JUnit XML: a suite per source file, a case per sentence; a finding fails, not-checkable is skipped. */
export function renderJunit(results: Results): string {
  const files = [...new Set(results.sentences.map((s) => s.file))];
  const suites = files.map((file) => {
    const list = results.sentences.filter((s) => s.file === file);
    const count = (pred: (s: SentenceResult) => boolean): number => list.filter(pred).length;
    const attrs = `name="${xml(file)}" tests="${list.length}" failures="${count((s) => FAILS.has(s.verdict))}" errors="${count((s) => FAULTS.has(s.verdict))}" skipped="${count((s) => s.verdict === 'not-checkable')}"`;
    return `  <testsuite ${attrs}>\n${list.map((s) => testCase(s, results)).join('\n')}\n  </testsuite>`;
  });
  const total = results.sentences.length;
  const failures = results.sentences.filter((s) => FAILS.has(s.verdict)).length;
  const seconds = (results.run.durationMs / 1000).toFixed(3);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="claimcheck" tests="${total}" failures="${failures}" time="${seconds}">\n${suites.join('\n')}\n</testsuites>\n`;
}
