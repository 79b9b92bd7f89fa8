import { describe, expect, it } from "vitest";
import { parseLocaleSet } from "../../src/i18n/locale-set.js";
import { escapeMermaid, flowGraphMarkdown, flowToMermaid } from "../../src/flow/graph.js";
import { parseFlowBundle } from "../../src/flow/load.js";

const flow = `specVersion: 1
id: demo
start: start_here
scoring:
  priority: { critical: [hurt], high: [no_passport] }
  indicators: {}
nodes:
  start_here:
    type: choice
    ask: q-start
    options:
      - { id: fine, label: opt-fine }
      - { id: hurt, label: opt-hurt, flags: [hurt] }
    next:
      - { when: hurt, goto: end }
      - { goto: passport }
  passport:
    type: choice
    ask: q-passport
    options:
      - { id: have, label: opt-have }
      - { id: taken, label: opt-taken, flags: [no_passport] }
    next: end
  end:
    type: end
    ask: end-done
`;
const ftl = `# review: test
q-start = Are you "safe" | ok? <now> #1
opt-fine = Fine
opt-hurt = Hurt
q-passport = Where is your passport?
opt-have = I have it
opt-taken = They took it
end-done = Thanks
`;

function demo() {
  const { bundle, problems } = parseFlowBundle({ flow }, { flow: "demo.yaml" });
  expect(problems).toEqual([]);
  if (!bundle) throw new Error("no bundle");
  return { bundle, locales: parseLocaleSet([{ locale: "en", path: "en.ftl", file: "en.ftl", source: ftl }]) };
}

describe("flow graph", () => {
  it("escapes characters that would break a Mermaid label", () => {
    expect(escapeMermaid('a "b" | <c> #1\nd')).toBe("a #quot;b#quot; #124; #lt;c#gt; #35;1 d");
  });

  it("labels steps with their English question and id, and edges with the answer", () => {
    const { bundle, locales } = demo();
    const chart = flowToMermaid(bundle, locales);
    expect(chart).toContain(
      'n_start_here["Are you #quot;safe#quot; #124; ok? #lt;now#gt; #35;1<br/><small>start_here</small>"]',
    );
    // `end` is a Mermaid keyword, so node ids are prefixed.
    expect(chart).toContain('n_end(["Thanks<br/><small>end</small>"])');
    expect(chart).toContain('n_start_here -->|"⚠ Hurt"| n_end');
    expect(chart).toContain('n_start_here -->|"otherwise"| n_passport');
    expect(chart).toContain('n_passport -->|"any answer, incl. ⚠ They took it"| n_end');
  });

  it("marks steps with answers that raise the priority", () => {
    const { bundle, locales } = demo();
    const chart = flowToMermaid(bundle, locales);
    expect(chart).toContain("classDef critical");
    expect(chart).toContain("class n_start_here critical");
    expect(chart).toContain("class n_passport high");
  });

  it("wraps the chart in a page that says how to read it", () => {
    const { bundle, locales } = demo();
    const page = flowGraphMarkdown(bundle, locales);
    expect(page.startsWith('# Flow "demo"')).toBe(true);
    expect(page).toContain("How to read this chart");
    expect(page).toContain("```mermaid\nflowchart TD");
  });
});
