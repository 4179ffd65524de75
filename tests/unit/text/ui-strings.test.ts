import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { startsWithVowelSound } from '@/lib/domain/format/french';

/*
 * UI text is French, agreed and elided: « 2 lignes » (never « 2 ligne(s) », see plural()), « la fiche
 * d’Amina » (never « la fiche de Amina », see de()). This scan reads every string and JSX text in
 * app/, components/ and lib/ so these slips cannot come back. Comments are not read.
 */

const ROOT = join(__dirname, '..', '..', '..');
const FOLDERS = ['app', 'components', 'lib'];
const SKIPPED = ['lib/domain/format/french.ts']; // defines `de`, which writes « de » itself

/** Justified exceptions, as `file: excerpt` of a finding that is right as it is (none today). */
const ALLOWED = new Set<string>([]);

/** What may follow « de » without elision: numbers, amounts, constants (« plus de ${MAX_ROWS} lignes »). */
const NUMERIC_EXPRESSION =
  /^(format(Count|Euros|Money|Number|Percent|Rate|WholeEuros|Duration)|plural)\(|^[A-Z][A-Z0-9_]*$|(count|Count|max|min|length|level|Level|size|total|Total|percent|Percent|days|Days)\)?$/;

/*
 * One word per concept, on screen as in the PDF and XLSX exports: an item of the programme is a
 * « séance » (never a « session », a word kept for the sessions of an account: text that speaks of
 * the account, its sign-in or devices may use it), and people registered but not there make the
 * « no-show » (never a « taux d’absence »). SQL text and the API's schema names are not UI text.
 */
const VOCABULARY: ReadonlyArray<{ readonly avoided: RegExp; readonly chosen: string; readonly unless?: RegExp }> = [
  { avoided: /\bsessions?\b/giu, chosen: 'séance', unless: /compte|connexion|appareil|navigateur|\b(SELECT|JOIN|FROM|UPDATE)\b/u },
  { avoided: /taux d[’']absence/giu, chosen: 'taux de no-show' },
];
const NOT_UI_TEXT = ['lib/domain/api/'];

const PLURAL_SLIP = /\p{L}+\((s|e|es|x|nt)\)/gu;
const DE_BEFORE_WORD = /(?<![\p{L}’'])de ([\p{L}][\p{L}’'-]*)/gu;
const DE_AT_END = /(?<![\p{L}’'])de\s*$/u;

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

type Finding = string;

function scan(file: string): Finding[] {
  return scanSource(file, readFileSync(join(ROOT, file), 'utf8'));
}

function scanSource(file: string, text: string): Finding[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const findings: Finding[] = [];
  const report = (excerpt: string) => {
    const finding = `${file}: ${excerpt}`;
    if (!ALLOWED.has(finding)) findings.push(finding);
  };

  // Sentences and labels only: a lone lower-case word (« session », a key or a value) is code.
  const isWording = (value: string) => /\p{L} \p{L}/u.test(value) || /^\s*\p{Lu}/u.test(value);
  const checkWords = (value: string) => {
    if (NOT_UI_TEXT.some((folder) => file.startsWith(folder)) || !isWording(value)) return;
    for (const { avoided, chosen, unless } of VOCABULARY) {
      if (unless?.test(value)) continue;
      for (const match of value.matchAll(avoided)) report(`${match[0]} (écrire « ${chosen} »)`);
    }
  };
  const checkText = (value: string) => {
    checkWords(value);
    for (const match of value.matchAll(PLURAL_SLIP)) report(match[0]);
    for (const match of value.matchAll(DE_BEFORE_WORD)) {
      const word = match[1] ?? '';
      if (startsWithVowelSound(word)) report(match[0]);
    }
  };
  const checkDeBefore = (before: string, expression: ts.Node | undefined) => {
    if (!expression || !DE_AT_END.test(before)) return;
    const code = expression.getText(source).trim();
    if (!NUMERIC_EXPRESSION.test(code)) report(`de \${${code}}`);
  };

  // « de {name} », or « de{' '} » then the value on the next line, as Prettier writes it.
  const isBlank = (child: ts.JsxChild) =>
    (ts.isJsxText(child) && child.text.trim() === '') ||
    (ts.isJsxExpression(child) && child.expression !== undefined && ts.isStringLiteral(child.expression) && child.expression.text.trim() === '');
  const checkJsxChildren = (children: ts.NodeArray<ts.JsxChild>) => {
    children.forEach((child, index) => {
      if (!ts.isJsxText(child)) return;
      let next = index + 1;
      while (children[next] !== undefined && isBlank(children[next]!)) next += 1;
      const following = children[next];
      if (following && ts.isJsxExpression(following)) checkDeBefore(child.text, following.expression);
    });
  };

  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      // Import paths, object keys and class names are not UI text, but cannot hold these slips anyway.
      checkText(node.text);
    } else if (ts.isTemplateExpression(node)) {
      checkText(node.head.text);
      checkDeBefore(node.head.text, node.templateSpans[0]?.expression);
      node.templateSpans.forEach((span, index) => {
        checkText(span.literal.text);
        checkDeBefore(span.literal.text, node.templateSpans[index + 1]?.expression);
      });
    } else if (ts.isJsxText(node)) {
      checkText(node.text);
    } else if (ts.isJsxElement(node) || ts.isJsxFragment(node)) {
      checkJsxChildren(node.children);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

describe('UI strings', () => {
  const files = FOLDERS.flatMap(sourceFiles).filter((file) => !SKIPPED.includes(file));

  it('reads the app, components and lib sources', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  // Parsing ~500 files takes about a second, and much more on a loaded machine.
  it('have no « (s) » plural slips, no « de » before a vowel sound, and one word per concept', { timeout: 120_000 }, () => {
    expect(files.flatMap(scan)).toEqual([]);
  });

  it('would catch the slips it is meant to (the scan itself can fail)', () => {
    const sample = 'tests/unit/text/ui-strings.sample.tsx';
    expect(scanSource(sample, 'const a = `${n} ligne(s)`; const b = <p>la fiche de {person.name}</p>; const c = "de Amina";')).toEqual([
      `${sample}: ligne(s)`,
      `${sample}: de \${person.name}`,
      `${sample}: de Amina`,
    ]);
    expect(scanSource(sample, 'const a = `plus de ${MAX_ROWS} lignes, de Lucas, de ${formatEuros(c)}`;')).toEqual([]);
    expect(scanSource(sample, 'const a = "Sessions annulées"; const b = <th>Taux d’absence</th>; const c = `Vos sessions : ${n}`;')).toEqual([
      `${sample}: Sessions (écrire « séance »)`,
      `${sample}: Taux d’absence (écrire « taux de no-show »)`,
      `${sample}: sessions (écrire « séance »)`,
    ]);
    expect(scanSource(sample, 'const a = "Fermez les sessions de votre compte"; const b = "session"; const c = "Séances annulées";')).toEqual([]);
  });
});
