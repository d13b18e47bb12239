import { loadCatalogueFile } from '../../../src/catalog/catalogue-file';

/**
 * Issue 11 §4: a gate holds from registration. An item that is issued when the case is
 * registered may only be gated by items issued then too (never by one that waits for an optional
 * anchor), or the later step could be completed while its gate does not exist yet.
 */
describe('catalogue gate chains', () => {
  const templates = loadCatalogueFile().workPoints.flatMap((wp) => wp.templates.filter((t) => t.kind === 'event'));

  it('no step issued at registration is gated by a step that waits for an optional anchor', () => {
    const problems = templates.flatMap((t) => {
      const byKey = new Map(t.items.map((i) => [i.key, i]));
      return t.items
        .filter((i) => !i.whenAnchorSet)
        .flatMap((i) => (i.gates ?? []).filter((g) => byKey.get(g)?.whenAnchorSet).map((g) => `${t.key}/${i.key} ← ${g}`));
    });
    expect(problems).toEqual([]);
  });

  it('法制审核 of an enforcement case exists from registration unless the case is declared non-重大', () => {
    const legalReview = templates.find((t) => t.key === 'enforcement-case')!.items.find((i) => i.key === 'legal-review')!;
    expect(legalReview).toEqual(expect.objectContaining({ onlyIf: 'major' }));
    expect(legalReview.whenAnchorSet).toBeUndefined();
  });

  it('publication of a normative document is gated on 公平竞争审查 directly', () => {
    const publication = templates.find((t) => t.key === 'normative-document')!.items.find((i) => i.key === 'publication-three-unified')!;
    expect(publication.gates).toEqual(expect.arrayContaining(['collective-deliberation', 'fair-competition-review']));
  });
});
