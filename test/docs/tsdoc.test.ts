import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

// Every public export carries TSDoc: the API reference in docs/api/ is generated from it (npm run docs).
const root = path.join(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
/** lib/ sources of the entry points users import, from package.json exports. */
const entryPoints = Object.entries(manifest.exports as Record<string, { types?: string }>)
  .filter(([subpath, target]) => subpath !== './package.json' && typeof target.types === 'string')
  .map(([subpath, target]) => ({ subpath, file: path.join(root, target.types!.replace(/^\.\/dist\//, 'lib/').replace(/\.d\.ts$/, '.ts')) }))
  // An entry point emitted at compile time from the same sources (no lib/ file of its own) exports nothing new.
  .filter((e) => fs.existsSync(e.file));
/** Generated code documents what its generator knows; it is regenerated, never edited. */
const GENERATED = [path.join(root, 'lib', 'provider', 'generated'), path.join(root, 'lib', 'catalog', 'generated')];

jest.setTimeout(120_000);

test('every export of every entry point has a TSDoc comment', () => {
  const program = ts.createProgram(entryPoints.map((e) => e.file), { strict: true, skipLibCheck: true, noEmit: true });
  const checker = program.getTypeChecker();
  const undocumented: string[] = [];
  for (const { subpath, file } of entryPoints) {
    const module = checker.getSymbolAtLocation(program.getSourceFile(file)!)!;
    for (const exported of checker.getExportsOfModule(module)) {
      // eslint-disable-next-line no-bitwise -- TypeScript's symbol flags are a bit set
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declarations = symbol.getDeclarations() ?? [];
      if (declarations.some((d) => GENERATED.some((dir) => d.getSourceFile().fileName.startsWith(dir)))) continue;
      if (symbol.getDocumentationComment(checker).length === 0) undocumented.push(`${subpath}: ${exported.name}`);
    }
  }
  expect(undocumented).toEqual([]);
  expect(entryPoints.map((e) => e.subpath)).toEqual(expect.arrayContaining(['.', './testing']));
});
