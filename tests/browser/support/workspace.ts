import type { Page } from 'playwright-core';

/** The folder, in the page's origin-private file system, that stands for the repository. */
const REPO = 'kho-thu';

/**
 * Hands Sveltia CMS a folder of the origin-private file system where it asks the editor to pick
 * the repository's folder (its local workflow, `showDirectoryPicker`): an empty repository
 * with `.git` and `content/exemplars/`, emptied first so every run starts clean.
 */
export async function useScratchRepository(page: Page): Promise<void> {
  await page.addInitScript((name) => {
    (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = async () => {
      const root = await navigator.storage.getDirectory();
      const repo = await root.getDirectoryHandle(name, { create: true });
      await repo.getDirectoryHandle('.git', { create: true });
      const content = await repo.getDirectoryHandle('content', { create: true });
      await content.getDirectoryHandle('exemplars', { create: true });
      return repo;
    };
  }, REPO);
}

/** Empties the scratch repository (call on a page of the origin before the CMS opens it). */
export async function clearScratchRepository(page: Page): Promise<void> {
  await page.evaluate(async (name) => {
    const root = await navigator.storage.getDirectory();
    await root.removeEntry(name, { recursive: true }).catch(() => undefined);
  }, REPO);
}

/** Every file the CMS wrote under the scratch repository's `content/`, path → bytes. */
export async function writtenFiles(page: Page): Promise<Map<string, Buffer>> {
  const files: Array<[string, string]> = await page.evaluate(async (name) => {
    const out: Array<[string, string]> = [];
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string): Promise<void> => {
      for await (const [entry, handle] of (dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries()) {
        if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${prefix}${entry}/`);
        else {
          const bytes = new Uint8Array(await (await (handle as FileSystemFileHandle).getFile()).arrayBuffer());
          let binary = '';
          for (const byte of bytes) binary += String.fromCharCode(byte);
          out.push([`${prefix}${entry}`, btoa(binary)]);
        }
      }
    };
    const repo = await (await navigator.storage.getDirectory()).getDirectoryHandle(name);
    await walk(await repo.getDirectoryHandle('content'), 'content/');
    return out;
  }, REPO);
  return new Map(files.map(([path, base64]) => [path, Buffer.from(base64, 'base64')]));
}
