import { expect } from '@open-wc/testing';
import { embeddedStatement } from '../src/data/statement.js';
import { validateStatement } from '../src/data/schema.js';

/** The statement as published, read from the shared source (or the copy kept with the tests). */
async function source(): Promise<string> {
  const res = await fetch('/statement-source.txt');
  return res.text();
}

/** Splits the published text into the parts the data holds. */
function parse(text: string) {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const principleLines = lines.filter((l) => /^\d+\.\s/.test(l));
  const firstPrinciple = lines.indexOf(principleLines[0]);
  const lastPrinciple = lines.indexOf(principleLines[principleLines.length - 1]);
  return {
    title: lines[0],
    intro: lines.slice(1, firstPrinciple),
    principles: principleLines.map((l) => l.replace(/^\d+\.\s+/, '')),
    signatories: lines.slice(lastPrinciple + 1).map((l) => {
      const at = l.indexOf(' – ');
      return at < 0 ? { name: l } : { acronym: l.slice(0, at), name: l.slice(at + 3) };
    }),
  };
}

describe('the embedded statement', () => {
  it('holds exactly what statement-source.txt says', async () => {
    const published = parse(await source());
    expect(published.principles).to.have.length(8);
    expect(published.signatories).to.have.length(19);
    expect(embeddedStatement.title).to.equal(published.title);
    expect(embeddedStatement.intro).to.deep.equal(published.intro);
    expect(embeddedStatement.principles).to.deep.equal(published.principles);
    expect(embeddedStatement.signatories.map(({ acronym, name }) => (acronym ? { acronym, name } : { name }))).to.deep.equal(
      published.signatories,
    );
  });

  it('invents no URL, translation or other content', () => {
    const text = JSON.stringify(embeddedStatement);
    expect(text).not.to.match(/https?:/);
    expect(embeddedStatement).not.to.have.any.keys('url', 'documentUrl', 'joinUrl', 'translations');
    expect(embeddedStatement.signatories.find((s) => s.name === 'Res Artis')).to.deep.equal({ id: 'res-artis', name: 'Res Artis' });
    expect(embeddedStatement.signatories.find((s) => s.name === 'Triangle Network')).not.to.have.key('acronym');
  });

  it('passes its own schema, with unique ids', () => {
    const result = validateStatement(embeddedStatement);
    expect(result.ok).to.be.true;
    const ids = embeddedStatement.signatories.map((s) => s.id);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('the build writes it as dist/statement.json, with its JSON Schema', async () => {
    const json = await (await fetch('/dist/statement.json')).json();
    expect(json).to.deep.equal(embeddedStatement);
    const schema = await (await fetch('/dist/statement.schema.json')).json();
    expect(schema.$schema).to.contain('json-schema.org');
    expect(schema.required).to.include.members(['schemaVersion', 'title', 'principles', 'signatories']);
    expect(schema.properties.signatories.items.required).to.include.members(['id', 'name']);
  });
});

describe('validateStatement', () => {
  it('ignores and drops unknown fields', () => {
    const result = validateStatement({ ...embeddedStatement, later: { x: 1 }, signatories: [{ id: 'a', name: 'A', extra: 1 }] });
    expect(result.ok).to.be.true;
    if (result.ok) {
      expect(result.statement).not.to.have.key('later');
      expect(result.statement.signatories[0]).to.deep.equal({ id: 'a', name: 'A' });
    }
  });

  it('names where each problem is', () => {
    const result = validateStatement({ ...embeddedStatement, signatories: [{ id: 'a', name: '' }, { id: 'b', name: 'B', url: 'javascript:alert(1)' }] });
    expect(result.ok).to.be.false;
    if (!result.ok) {
      expect(result.problems).to.have.length(2);
      expect(result.problems[0]).to.equal('signatories[0].name must not be empty');
      expect(result.problems[1]).to.equal('signatories[1].url must be a web address starting with http:// or https://');
    }
  });

  it('refuses two signatories with the same id or acronym', () => {
    const [first, second] = embeddedStatement.signatories;
    const result = validateStatement({
      ...embeddedStatement,
      signatories: [first, second, { id: first.id, name: 'Copy' }, { id: 'other', acronym: first.acronym!.toLowerCase(), name: 'Other' }],
    });
    expect(result.ok).to.be.false;
    if (!result.ok) {
      expect(result.problems).to.deep.equal([
        `signatories[2].id "${first.id}" is used again (first at signatories[0])`,
        `signatories[3].acronym "${first.acronym!.toLowerCase()}" is used again (first at signatories[0])`,
      ]);
    }
  });

  it('never throws, whatever it is given', () => {
    for (const input of [undefined, null, 42, 'x', [], {}, { schemaVersion: 1 }, Object.create(null)]) {
      expect(validateStatement(input).ok).to.be.false;
    }
  });
});
