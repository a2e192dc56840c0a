/**
 * One progress line: rewritten in place on a terminal, printed every `every` steps (and at the
 * end) in CI logs, where carriage returns would pile up into one unreadable line.
 */
export function progress(label: string, total: number, every = Math.max(1, Math.ceil(total / 10))) {
  const tty = Boolean(process.stdout.isTTY);
  return (done: number, detail = '') => {
    const line = `  ${label} ${done}/${total}${detail ? ` ${detail}` : ''}`;
    if (tty) process.stdout.write(`\r${line}\x1b[K${done === total ? '\n' : ''}`);
    else if (done === total || done % every === 0) console.log(line);
  };
}
