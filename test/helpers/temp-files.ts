import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** A temp directory for one suite, removed by `cleanup`. */
export function tempDir(prefix: string): { dir: string; write(name: string, content: string | Buffer): string; cleanup(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return {
    dir,
    write: (name, content) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, content);
      return file;
    },
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
