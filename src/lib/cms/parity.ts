/**
 * Does the workspace's form match the story schema? Compares the two both ways, field by field:
 * a schema field without a widget, a widget without a schema field, a difference in whether a
 * field is required, or a list of choices that differs from the schema's enum. Used by the
 * unit test on the generated configuration (tests/unit/cms-config.test.ts).
 */
import type { SchemaNode } from './schema-tree.ts';
import { BODY_FIELD, type CmsField } from './story-config.ts';

function formPaths(fields: readonly CmsField[], prefix = ''): Map<string, CmsField> {
  const paths = new Map<string, CmsField>();
  for (const field of fields) {
    const path = `${prefix}${field.name}`;
    paths.set(path, field);
    if (field.fields) for (const [child, value] of formPaths(field.fields, field.widget === 'list' ? `${path}.*.` : `${path}.`)) paths.set(child, value);
  }
  return paths;
}

function schemaPaths(tree: Record<string, SchemaNode>, prefix = ''): Map<string, SchemaNode> {
  const paths = new Map<string, SchemaNode>();
  for (const [key, node] of Object.entries(tree)) {
    const path = `${prefix}${key}`;
    paths.set(path, node);
    const children = node.kind === 'object' ? node.fields : node.kind === 'list' && node.of.kind === 'object' ? node.of.fields : undefined;
    if (children) for (const [child, value] of schemaPaths(children, node.kind === 'list' ? `${path}.*.` : `${path}.`)) paths.set(child, value);
  }
  return paths;
}

const optionValues = (field: CmsField) => (field.options ?? []).map((option) => (typeof option === 'string' ? option : option.value));

/** Every disagreement between the schema and the form, one English line each (empty: they agree). */
export function parityProblems(tree: Record<string, SchemaNode>, fields: readonly CmsField[]): string[] {
  const schema = schemaPaths(tree);
  const form = formPaths(fields);
  const problems: string[] = [];
  for (const path of schema.keys()) if (!form.has(path)) problems.push(`schema field “${path}” has no widget`);
  for (const path of form.keys()) if (path !== BODY_FIELD && !schema.has(path)) problems.push(`widget “${path}” has no schema field`);
  for (const [path, node] of schema) {
    const field = form.get(path);
    if (!field) continue;
    if (field.required !== node.required) problems.push(`“${path}”: required is ${field.required} in the form, ${node.required} in the schema`);
    if (node.kind === 'enum') {
      const options = optionValues(field);
      if (JSON.stringify(options) !== JSON.stringify(node.values)) {
        problems.push(`“${path}”: the form offers ${JSON.stringify(options)}, the schema accepts ${JSON.stringify(node.values)}`);
      }
    }
  }
  return problems;
}
