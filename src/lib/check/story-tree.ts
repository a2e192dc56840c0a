import { existsSync, lstatSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS } from '../schemas/collections.ts';
import { IMAGE_EXTENSIONS, type ImageExtension } from '../schemas/exemplars.ts';
import { fileKind, linkedFolderProblem, notARegularFile, type FileKind } from './file-kinds.ts';
import type { Problem } from './problem.ts';

export interface TreeEntry {
  name: string;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  abs: string;
  kind: FileKind;
}

export interface StoryFolder extends TreeEntry {
  entries: TreeEntry[];
}

export interface StoryPicture extends TreeEntry {
  extension: ImageExtension;
  bytes: number;
}

/** What content/exemplars/ holds, read without following a single link. */
export interface StoryTree {
  base: string;
  /** Entries at the top that are not regular story folders: loose files, dot-folders, links. */
  top: TreeEntry[];
  /** Regular folders whose name does not start with a dot: the ones the site reads. */
  folders: StoryFolder[];
  /** Every link or special file at the top or in a story folder: never read, never published. */
  unsafe: Problem[];
  /**
   * Every regular file in a story folder with a picture's extension (any case), used or not:
   * the build bundles them all, so each must be a real picture.
   */
  pictures: StoryPicture[];
}

/** The picture format a file name claims, if it claims one the site accepts. */
export function pictureExtension(name: string): ImageExtension | undefined {
  const extension = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase();
  return IMAGE_EXTENSIONS.find((e) => e === extension);
}

function leadsToFolder(abs: string): boolean {
  try {
    return statSync(abs).isDirectory();
  } catch {
    return false;
  }
}

export function readStoryTree(root: string): StoryTree {
  const base = COLLECTIONS.exemplars.base;
  const baseDir = join(root, base);
  const tree: StoryTree = { base, top: [], folders: [], unsafe: [], pictures: [] };
  if (!existsSync(baseDir)) return tree;

  // The collection folder itself may be a link (fixtures are mounted that way); nothing below it.
  for (const item of readdirSync(baseDir).sort()) {
    const abs = join(baseDir, item);
    const entry: TreeEntry = { name: item, file: `${base}/${item}`, abs, kind: fileKind(abs) };
    if (entry.kind !== 'folder' || item.startsWith('.')) {
      tree.top.push(entry);
      if (entry.kind === 'link' && leadsToFolder(abs)) tree.unsafe.push(linkedFolderProblem(`${entry.file}/`));
      else if (entry.kind === 'link' || entry.kind === 'other') tree.unsafe.push(notARegularFile(entry.file, abs, baseDir)!);
      continue;
    }
    const folder: StoryFolder = { ...entry, entries: [] };
    for (const name of readdirSync(abs).sort()) {
      const child: TreeEntry = { name, file: `${entry.file}/${name}`, abs: join(abs, name), kind: fileKind(join(abs, name)) };
      folder.entries.push(child);
      // A sub-folder is never read by the site (the story-files rule reports it as unused).
      if (child.kind === 'link' || child.kind === 'other') tree.unsafe.push(notARegularFile(child.file, child.abs, abs)!);
      const extension = pictureExtension(name);
      if (child.kind === 'file' && extension) tree.pictures.push({ ...child, extension, bytes: lstatSync(child.abs).size });
    }
    tree.folders.push(folder);
  }
  return tree;
}
