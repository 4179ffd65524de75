import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { validateXML } from 'xmllint-wasm';

/** Validates a document against an XSD of tests/fixtures/formats with libxml2 (xmllint, as WebAssembly). */
export async function validateAgainstXsd(xml: string, xsdFile: string): Promise<{ valid: boolean; errors: string[] }> {
  const schema = await readFile(path.join(__dirname, '..', 'fixtures', 'formats', xsdFile), 'utf8');
  const result = await validateXML({ xml: [{ fileName: 'document.xml', contents: xml }], schema: [schema] });
  return { valid: result.valid, errors: result.errors.map((e) => e.message) };
}
