import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { progress } from '../../lib/progress.ts';
import { builtFiles, type Gate } from './context.ts';

/** html-validate (config: .htmlvalidate.mjs) over every built page: 0 errors. */
export const htmlGate: Gate = {
  name: 'html',
  summary: 'html-validate over every built page (config .htmlvalidate.mjs): 0 errors',
  async run({ dir }) {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const pages = builtFiles(dir, '**/*.html');
    const results = [];
    let errors = 0;
    const tick = progress('html-validate', pages.length);
    for (const [i, file] of pages.entries()) {
      tick(i + 1);
      const report = await validator.validateFile(join(dir, file));
      errors += report.errorCount;
      if (!report.valid) results.push(...report.results);
    }
    if (results.length) console.log(formatterFactory('codeframe')(results));
    console.log(`  ${pages.length} pages, ${errors} errors`);
    return errors;
  },
};
