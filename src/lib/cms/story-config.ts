/**
 * The editors' workspace configuration (`/quan-tri/config.yml`, read by Sveltia CMS), generated
 * from the exemplar schema (./schema-tree.ts) and the content collections (./choices.ts):
 * one home for every field, limit, list of choices and message. Pure: the build writes it
 * (src/integrations/output/workspace.ts), the tests compare it with the schema.
 */
import { stringify } from 'yaml';
import { ui } from '../i18n/ui.ts';
import { PARTIAL_DATE_PATTERN } from '../partial-date.ts';
import { COLLECTIONS } from '../schemas/collections.ts';
import { PARTIAL_DATE_FORMS } from '../schemas/common.ts';
import { IMAGE_EXTENSIONS, MAX_IMAGE_BYTES, type ImageExtension } from '../schemas/exemplars.ts';
import type { RefTarget } from '../schemas/refs.ts';
import { SLUG_MAX, SLUG_PATTERN } from '../text/slug.ts';
import type { WorkspaceChoices } from './choices.ts';
import { schemaTree, UnmappedFieldError, type SchemaNode } from './schema-tree.ts';

/** Longest side of a picture the workspace uploads; larger ones are reduced in the browser first. */
const UPLOAD_MAX_SIDE = 1600;

/** The Markdown body: not a frontmatter field, so not in the schema, but a field of the form. */
export const BODY_FIELD = 'body';

interface WorkspaceOptions {
  /** `owner/name` of the GitHub repository editors propose stories to. */
  repo: string;
  /** The branch pull requests target. */
  branch: string;
  choices: WorkspaceChoices;
}

/** A Sveltia CMS field, as plain data. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required: boolean;
  hint?: string;
  fields?: CmsField[];
  options?: Array<string | { label: string; value: string }>;
  [option: string]: unknown;
}

const FORM = ui.workspace.fields;

/** Which list of choices a plain id field offers (ids that are not references). */
const ID_CHOICES: Record<string, keyof WorkspaceChoices> = { items: 'items' };

/** Which list of choices a reference to a collection offers. */
const REF_CHOICES: Partial<Record<RefTarget, keyof WorkspaceChoices>> = {
  localities: 'localities',
  contents: 'contents',
  phases: 'phases',
  directives: 'directives',
  indicators: 'indicators',
};

const MIME: Record<ImageExtension, string> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', avif: 'image/avif' };
/** The picture types the file picker offers: the schema's raster formats. */
const ACCEPTED_PICTURES = [...new Set(IMAGE_EXTENSIONS.map((extension) => MIME[extension]))].join(',');

const TRIMMED = '^\\S(?:[\\s\\S]*\\S)?$';

function labelled(path: string, name: string, required: boolean): Pick<CmsField, 'name' | 'label' | 'hint' | 'required'> {
  const form = FORM[path];
  if (!form) throw new UnmappedFieldError(`The story field “${path}” has no form label: add it to ui.workspace.fields (src/lib/i18n/ui.ts).`);
  return { name, label: form.label, ...(form.hint ? { hint: form.hint } : {}), required };
}

function choicesFor(path: string, node: SchemaNode, choices: WorkspaceChoices) {
  const key = node.kind === 'ref' ? REF_CHOICES[node.collection] : node.kind === 'id' ? ID_CHOICES[path] : undefined;
  if (!key) throw new UnmappedFieldError(`No list of choices for the story field “${path}”: map it in src/lib/cms/story-config.ts.`);
  return choices[key];
}

/** The check's own message for a value the field refuses (the schema is its one home). */
function message(probe: (value: unknown) => string | undefined, value: unknown, path: string): string {
  const said = probe(value);
  if (!said) throw new UnmappedFieldError(`The schema accepts ${JSON.stringify(value)} for “${path}”; the form's rule would refuse it.`);
  return said;
}

function fieldOf(path: string, name: string, node: SchemaNode, choices: WorkspaceChoices): CmsField {
  const base = labelled(path, name, node.required);
  switch (node.kind) {
    case 'text':
      return node.maxLength
        ? {
            ...base,
            widget: name === 'summary' ? 'text' : 'string',
            maxlength: node.maxLength,
            pattern: [`^[\\s\\S]{0,${node.maxLength}}$`, message(node.probe, 'a'.repeat(node.maxLength + 1), path)],
          }
        : { ...base, widget: 'string', pattern: [TRIMMED, message(node.probe, ' a', path)] };
    case 'url':
      return { ...base, widget: 'string', type: 'url', pattern: ['^https://\\S+$', message(node.probe, 'http://vi-du.vn', path)] };
    case 'enum':
      return { ...base, widget: 'select', options: [...node.values] };
    case 'number':
      return { ...base, widget: 'number', value_type: 'float' };
    case 'date':
      return node.dayOnly
        ? { ...base, widget: 'datetime', type: 'date', format: 'YYYY-MM-DD', default: '{{now}}' }
        : { ...base, hint: base.hint ?? PARTIAL_DATE_FORMS, widget: 'string', pattern: [PARTIAL_DATE_PATTERN, PARTIAL_DATE_FORMS] };
    case 'ref':
    case 'id':
      return { ...base, widget: 'select', options: choicesFor(path, node, choices) };
    case 'image':
      return { ...base, widget: 'image', accept: ACCEPTED_PICTURES, choose_url: false };
    case 'object':
      return { ...base, widget: 'object', fields: fieldsOf(node.fields, `${path}.`, choices) };
    case 'list':
      if (node.of.kind === 'object') {
        return { ...base, widget: 'list', ...(node.min ? { min: node.min } : {}), fields: fieldsOf(node.of.fields, `${path}.*.`, choices) };
      }
      if (node.of.kind === 'ref' || node.of.kind === 'id') {
        return { ...base, widget: 'select', multiple: true, ...(node.min ? { min: node.min } : {}), options: choicesFor(path, node.of, choices) };
      }
      throw new UnmappedFieldError(`No form widget for a list of ${node.of.kind} (“${path}”): map it in src/lib/cms/story-config.ts.`);
  }
}

function fieldsOf(tree: Record<string, SchemaNode>, prefix: string, choices: WorkspaceChoices): CmsField[] {
  return Object.entries(tree).map(([name, node]) => fieldOf(`${prefix}${name}`, name, node, choices));
}

/** The story form: every schema field in schema order, then the Markdown body. */
export function storyFields(choices: WorkspaceChoices, tree: Record<string, SchemaNode> = schemaTree()): CmsField[] {
  return [
    ...fieldsOf(tree, '', choices),
    { ...labelled(BODY_FIELD, BODY_FIELD, true), widget: 'markdown', modes: ['rich_text', 'raw'] },
  ];
}

const STORIES = COLLECTIONS.exemplars;

/** The whole configuration, as the object Sveltia CMS reads. */
function workspaceConfig({ repo, branch, choices }: WorkspaceOptions, tree?: Record<string, SchemaNode>) {
  const text = ui.workspace;
  return {
    backend: { name: 'github', repo, branch, auth_methods: ['token'] },
    publish_mode: 'editorial_workflow',
    // Sveltia reads its language from the editor's preference (set by prefer-vietnamese.ts), but
    // the Decap-compatible key keeps the file valid for either CMS.
    locale: 'vi',
    app_title: text.title,
    show_preview_links: false,
    // Required by the CMS; stories keep their pictures beside them (the collection's own folders).
    media_folder: STORIES.base,
    slug: { encoding: 'ascii', clean_accents: true, maxlength: SLUG_MAX },
    media_libraries: {
      default: {
        config: {
          max_file_size: MAX_IMAGE_BYTES,
          transformations: { raster_image: { format: 'webp', quality: 85, width: UPLOAD_MAX_SIDE, height: UPLOAD_MAX_SIDE } },
        },
      },
    },
    output: { omit_empty_optional_fields: true, yaml: { quote: 'double' } },
    collections: [
      {
        name: 'exemplars',
        label: text.collection.label,
        label_singular: text.collection.singular,
        description: text.collection.description,
        folder: STORIES.base,
        // content/exemplars/<slug>/index.md, pictures beside it.
        path: STORIES.pattern.replace('*', '{{slug}}').replace(/\.md$/, ''),
        extension: 'md',
        format: 'yaml-frontmatter',
        media_folder: '',
        // Written as ./<name>, the form the check and Astro read as “beside the story”.
        public_folder: '.',
        // Editors propose; a maintainer merges on GitHub once the check passes (docs/editors.md).
        publish: false,
        delete: false,
        identifier_field: 'title',
        slug: { template: '{{title}}', hint: text.slugHint, pattern: [SLUG_PATTERN.source, text.slugMessage] },
        fields: storyFields(choices, tree),
      },
    ],
  };
}

/** config.yml as published: a header saying where it comes from, then the configuration. */
export function workspaceConfigYaml(options: WorkspaceOptions): string {
  return `# Generated by the build from src/lib/schemas/exemplars.ts and content/ (src/lib/cms/story-config.ts). Do not edit.\n${stringify(workspaceConfig(options), { lineWidth: 0 })}`;
}
