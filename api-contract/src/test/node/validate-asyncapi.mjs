// Parses an AsyncAPI document with the AsyncAPI Initiative's parser and fails on any error or warning; then, more
// strictly than the parser, on any key of a schema object that is not a JSON Schema keyword (a YAML description cut by
// a comma in an inline map becomes such a key, which the parser lets through). Used by AsyncApiTest.
import { readFileSync } from 'node:fs';
import { Parser, fromFile } from '@asyncapi/parser';
import YAML from 'yaml';

const KEYWORDS = new Set(['type', 'format', 'description', 'enum', 'items', 'properties', 'required', '$ref',
  'additionalProperties', 'examples', 'const', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'pattern',
  'minLength', 'maxLength', 'oneOf', 'anyOf', 'allOf', 'not', 'title', 'default', 'minItems', 'maxItems',
  'uniqueItems', 'contentEncoding', 'contentMediaType', 'deprecated', 'readOnly', 'writeOnly', 'multipleOf']);
const SUBSCHEMA = new Set(['items', 'additionalProperties', 'not']);
const SUBSCHEMAS = new Set(['oneOf', 'anyOf', 'allOf']);

const { document, diagnostics } = await fromFile(new Parser(), process.argv[2]).parse();
const severities = ['error', 'warning', 'information', 'hint'];
for (const d of diagnostics) {
  console.log(`${severities[d.severity]} ${d.code} at ${d.path.join('.')}: ${d.message}`);
}
let failed = !document || diagnostics.some((d) => d.severity <= 1);
const seen = new WeakSet();

function schema(node, path) {
  if (node === null || typeof node !== 'object' || Array.isArray(node) || seen.has(node)) {
    return;
  }
  seen.add(node);
  for (const [key, value] of Object.entries(node)) {
    if (!KEYWORDS.has(key) && !key.startsWith('x-')) {
      console.log(`error not-a-schema-keyword at ${path}: "${key}" (a description cut by a comma?)`);
      failed = true;
    } else if (key === 'properties' && value && typeof value === 'object') {
      Object.entries(value).forEach(([name, property]) => schema(property, `${path}.properties.${name}`));
    } else if (SUBSCHEMA.has(key)) {
      schema(value, `${path}.${key}`);
    } else if (SUBSCHEMAS.has(key) && Array.isArray(value)) {
      value.forEach((member, i) => schema(member, `${path}.${key}.${i}`));
    }
  }
}

function walk(node, path) {
  if (node === null || typeof node !== 'object') {
    return;
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === 'payload' || key === 'headers') {
      schema(value, `${path}.${key}`);
    } else if (key === 'schemas' && path === '$.components' && value && typeof value === 'object') {
      Object.entries(value).forEach(([name, s]) => schema(s, `${path}.schemas.${name}`));
    } else {
      walk(value, `${path}.${key}`);
    }
  }
}

// the file as written: the parser's model drops such keys when their value is empty
walk(YAML.parse(readFileSync(process.argv[2], 'utf8')), '$');
process.exit(failed ? 1 : 0);
