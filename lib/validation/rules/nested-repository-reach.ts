import { show } from '../private/json-values';
import { resourceParts } from '../private/resource-parts';
import { defineRule } from '../rule';
import type { RuleHit } from '../rule';

/**
 * An allow on `repository/<instance>/<namespace>/<repository>/*`: TCR Enterprise repository names have several
 * levels (`app/secret`, `app/x/y`), and CAM's `*` matches across `/`, so the entry names those repositories
 * too, not only what lies below `<repository>` itself.
 */
export const nestedRepositoryReach = defineRule({
  id: 'nested-repository-reach',
  severity: 'warning',
  title: 'A repository entry ending in /* also grants the repositories named below it',
  explanation: 'TCR Enterprise repository names can have several levels (sub1/sub2/repo), and * matches across /, so ' +
    '"…/team-01/app/*" grants the repositories team-01/app/secret and team-01/app/x/y as well. Pull and push are ' +
    'authorized on the repository itself (…/team-01/app); Tencent\'s templates add the /* entry for image-level APIs.',
  fix: 'Name each repository exactly (RepositoryAccess does), or suppress with the reason when the repositories below are meant.',
  check({ document }) {
    if (!document) return [];
    const hits: RuleHit[] = [];
    for (const s of document.statements) {
      if (s.effect !== 'allow') continue;
      let actions: string | undefined;
      for (const r of s.resources) {
        const parts = resourceParts(r);
        if (!parts || parts.service !== 'tcr' || parts.resourceType !== 'repository') continue;
        const path = parts.resourcePath.split('/');
        // instance / namespace / repository (one or more levels) / * : the * stands for names below a repository.
        if (path.length < 4 || path[path.length - 1] !== '*') continue;
        const repository = path.slice(1, -1).join('/');
        actions ??= actionList(s.actions.map((a) => a.value));
        hits.push({
          message: `Statement ${s.index} allows ${actions} on ${show(r.value)}, which also names every ` +
            `repository below ${show(`${repository}/`)} (e.g. ${show(`${repository}/x`)}, ${show(`${repository}/x/y`)}): multi-level repository ` +
            `names match the *. Grant ${show(repository)} exactly (…/${repository}, as RepositoryAccess does), or suppress this warning if those ` +
            'repositories are meant.',
          path: r.path,
          value: r.value,
        });
      }
    }
    return hits;
  },
});

/** The statement's actions for the message, at most a few (a statement may list hundreds). */
function actionList(actions: readonly string[]): string {
  const shown = actions.slice(0, 3).map(show).join(', ');
  return actions.length > 3 ? `${shown} and ${actions.length - 3} more` : shown;
}
