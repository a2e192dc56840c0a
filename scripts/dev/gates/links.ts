import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkLinks } from '../../../src/lib/quality/links.ts';
import { builtFiles, type Gate } from './context.ts';

/** Every internal link, asset and #anchor in the built site resolves under the base path. */
export const linksGate: Gate = {
  name: 'links',
  summary: 'every internal link, asset reference and #anchor in the built pages resolves (base path included)',
  async run({ dir, base, site }) {
    const files = builtFiles(dir);
    const pages = files.filter((f) => f.endsWith('.html')).map((file) => ({ file, html: readFileSync(join(dir, file), 'utf8') }));
    const result = checkLinks({ pages, files: new Set(files), base, site });
    for (const b of result.broken) console.log(`  ${b.file}  ${b.href}  ${b.problem}`);
    console.log(`  ${pages.length} pages, ${result.checked} internal references, ${result.broken.length} broken; ${result.external.length} external links not followed`);
    return result.broken.length;
  },
};
