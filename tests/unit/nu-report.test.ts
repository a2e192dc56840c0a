import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatNuProblem, nuProblems } from '../../src/lib/quality/nu-report.ts';

const DIR = '/srv/site/dist';
const url = (page: string) => pathToFileURL(`${DIR}/${page}`).href;

describe('nuProblems', () => {
  it('keeps errors and unreadable files, names pages inside the folder, and drops warnings', () => {
    const report = JSON.stringify({
      messages: [
        { type: 'error', url: url('tim-kiem/index.html'), lastLine: 90, message: 'Stray start tag “script”.' },
        { type: 'info', subType: 'warning', url: url('index.html'), lastLine: 1, message: 'Inline script violates Content Security Policy' },
        { type: 'info', url: url('index.html'), lastLine: 1, message: 'Trailing slash on void elements has no effect' },
        { type: 'non-document-error', url: url('địa bàn/index.html'), message: 'File not found.' },
      ],
    });
    expect(nuProblems(report, DIR).map(formatNuProblem)).toEqual([
      'tim-kiem/index.html: 90: Stray start tag “script”.',
      'địa bàn/index.html: File not found.',
    ]);
  });

  it('refuses output that is not the checker’s JSON report, showing what it got', () => {
    expect(() => nuProblems('Error: Unable to access jarfile', DIR)).toThrow(/did not print a JSON report:\nError: Unable to access jarfile/);
    expect(() => nuProblems('{}', DIR)).toThrow(/no "messages" list/);
  });
});
