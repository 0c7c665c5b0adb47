/**
 * A schema.org validator for JSON-LD, built from the vocabulary that the schema-dts package
 * ships (its schema.d.ts is generated from schema.org's own definitions, one interface per type
 * with one property per schema.org property and its expected types).
 *
 * It checks what a parser would trip on or silently ignore: every @type is a schema.org type,
 * every property belongs to that type (directly or by inheritance), every nested typed node is of
 * a type the property accepts, numbers only where numbers are expected. Shared helper: the build
 * tests can validate the JSON-LD of every page in dist/ with it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import ts from 'typescript';

interface Vocabulary {
  /** schema.org type name → its Base interface name. */
  types: Map<string, string>;
  /** Base interface → parent Base interfaces. */
  parents: Map<string, string[]>;
  /** Base interface → own properties → range type names. */
  props: Map<string, Map<string, string[]>>;
  /** Type alias → members (subtypes and leaf), for "is T a kind of R". */
  members: Map<string, string[]>;
  /** Leaf interface name → schema.org type name. */
  leafToType: Map<string, string>;
}

const PRIMITIVE_NUMBER = new Set(['Number', 'Integer', 'Float']);

function refName(node: ts.TypeNode): string | undefined {
  if (ts.isTypeReferenceNode(node)) return node.typeName.getText();
  return undefined;
}

function unionMembers(node: ts.TypeNode): ts.TypeNode[] {
  if (ts.isUnionTypeNode(node)) return [...node.types];
  return [node];
}

let memo: Vocabulary | undefined;
export function loadVocabulary(): Vocabulary {
  if (memo) return memo;
  const require = createRequire(import.meta.url);
  const file = require.resolve('schema-dts/dist/schema.d.ts');
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const v: Vocabulary = { types: new Map(), parents: new Map(), props: new Map(), members: new Map(), leafToType: new Map() };
  for (const st of source.statements) {
    if (ts.isInterfaceDeclaration(st)) {
      const name = st.name.text;
      const heritage = (st.heritageClauses ?? []).flatMap((h) => h.types.map((t) => t.expression.getText())).filter((n) => n !== 'Partial');
      const typeProp = st.members.find((m) => ts.isPropertySignature(m) && m.name.getText() === '"@type"');
      if (typeProp && ts.isPropertySignature(typeProp) && typeProp.type && ts.isLiteralTypeNode(typeProp.type) && ts.isStringLiteral(typeProp.type.literal)) {
        const typeName = typeProp.type.literal.text;
        v.leafToType.set(name, typeName);
        if (heritage[0]) v.types.set(typeName, heritage[0]);
        continue;
      }
      v.parents.set(name, heritage);
      const own = new Map<string, string[]>();
      for (const m of st.members) {
        if (!ts.isPropertySignature(m) || !m.type) continue;
        const prop = m.name.getText().replace(/^"|"$/g, '');
        // "prop"?: SchemaValue<A | B | IdReference, "prop">
        const arg = ts.isTypeReferenceNode(m.type) ? m.type.typeArguments?.[0] : undefined;
        const ranges = arg ? unionMembers(arg).map(refName).filter((n): n is string => n !== undefined) : [];
        own.set(prop, ranges);
      }
      v.props.set(name, own);
    } else if (ts.isTypeAliasDeclaration(st)) {
      const names = unionMembers(st.type).map(refName).filter((n): n is string => n !== undefined);
      v.members.set(st.name.text, names);
    }
  }
  memo = v;
  return v;
}

/** The properties a schema.org type has, inherited ones included; undefined for an unknown type. */
export function propertiesOf(typeName: string): Map<string, string[]> | undefined {
  const v = loadVocabulary();
  const baseName = v.types.get(typeName);
  if (!baseName) return undefined;
  const all = new Map<string, string[]>();
  const seen = new Set<string>();
  const walk = (b: string): void => {
    if (seen.has(b)) return;
    seen.add(b);
    for (const [p, r] of v.props.get(b) ?? []) if (!all.has(p)) all.set(p, r);
    for (const parent of v.parents.get(b) ?? []) walk(parent);
  };
  walk(baseName);
  return all;
}

/** Is schema.org type T the range R or one of its subtypes? */
export function isKindOf(typeName: string, range: string): boolean {
  const v = loadVocabulary();
  const seen = new Set<string>();
  const walk = (r: string): boolean => {
    if (r === typeName) return true;
    if (v.leafToType.get(r) === typeName) return true;
    if (seen.has(r)) return false;
    seen.add(r);
    return (v.members.get(r) ?? []).some(walk);
  };
  return walk(range);
}

export function isSchemaType(typeName: string): boolean {
  return loadVocabulary().types.has(typeName);
}

/** Every problem found in a JSON-LD document, as "path: message"; empty when valid. */
export function validateJsonLd(doc: unknown): string[] {
  const problems: string[] = [];
  const visit = (value: unknown, path: string, ranges: string[] | undefined): void => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, `${path}[${i}]`, ranges));
      return;
    }
    if (typeof value === 'number') {
      if (ranges && !ranges.some((r) => PRIMITIVE_NUMBER.has(r))) problems.push(`${path}: a number where schema.org expects ${ranges.join(' | ')}`);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const node = value as Record<string, unknown>;
    const type = node['@type'];
    if (type === undefined) {
      // A bare {"@id": …} reference, or the top-level {"@context", "@graph"}.
      for (const k of Object.keys(node)) if (!k.startsWith('@')) problems.push(`${path}.${k}: property on a node without @type`);
      if (Array.isArray(node['@graph'])) visit(node['@graph'], `${path}.@graph`, undefined);
      return;
    }
    const types = Array.isArray(type) ? type : [type];
    for (const t of types) {
      if (typeof t !== 'string' || !isSchemaType(t)) {
        problems.push(`${path}: "${String(t)}" is not a schema.org type`);
        return;
      }
      if (ranges && ranges.length > 0 && !ranges.some((r) => isKindOf(t, r))) {
        problems.push(`${path}: a ${t} where schema.org expects ${ranges.join(' | ')}`);
      }
    }
    for (const [k, v] of Object.entries(node)) {
      if (k.startsWith('@')) continue;
      const propRanges = types.map((t) => propertiesOf(t as string)?.get(k)).find((r) => r !== undefined);
      if (!propRanges) {
        problems.push(`${path}.${k}: ${types.join('/')} has no property "${k}" in schema.org`);
        continue;
      }
      visit(v, `${path}.${k}`, propRanges);
    }
  };
  visit(doc, '$', undefined);
  return problems;
}
