import pino from "pino";
import { beforeEach, describe, expect, it } from "vitest";
import type { Presenter } from "../../../src/bot/presenter.js";
import type { FlowRegistry } from "../../../src/flow/registry.js";
import { createFlowService, type FlowService, type FlowServiceDependencies, type PersonView, type StepInput } from "../../../src/bot/flow/service.js";
import type { FlowStateStore } from "../../../src/person/flow-state-store.js";
import type { FlowState, Output } from "../../../src/flow/types.js";
import type { MessageTracker } from "../../../src/person/message-tracker.js";
import { loadBundleFile } from "../../helpers/flow-fixtures.js";
import { buttonInput, dataOf } from "../../helpers/press.js";

const bundle = loadBundleFile("tests/fixtures/flows/engine/mini.yaml");
const view: PersonView = { chatId: 42, person: "p1", locale: "en", discreet: true };

/** What the fake presenter was asked to show, in order. */
interface Shown {
  outputs: Output[];
  extraLines: string[];
  replace: boolean;
}

/** `caseOfPerson` defaults to the last case filed, as the case store's pointer does. */
function setup(options: { caseOfPerson?: FlowServiceDependencies["caseOfPerson"] } = {}) {
  const stored = new Map<string, FlowState>();
  const shown: Shown[] = [];
  const notices: string[] = [];
  const filed: string[] = [];
  const deleted: number[] = [];
  /** Message ids discreet mode finds to delete (an error notice in the chat). */
  const clutterIds = [77];
  let nextMessageId = 100;
  let failPresent = false;
  const states: FlowStateStore = {
    load: async (person) => structuredClone(stored.get(person)),
    save: async (person, state) => void stored.set(person, structuredClone(state)),
    clear: async (person) => void stored.delete(person),
  };
  const presenter: Presenter = {
    text: (_locale, t) => ("key" in t ? `${t.key}${t.args ? JSON.stringify(t.args) : ""}` : "text"),
    async present(_chatId, _locale, outputs, shownMessageId, extraLines = [], opts = {}) {
      if (failPresent) throw new Error("Telegram is unreachable");
      shown.push({ outputs: [...outputs], extraLines: [...extraLines], replace: Boolean(opts.replaceShown) });
      const sentMessageIds: number[] = [];
      let askedMessageId: number | undefined;
      for (const output of outputs) {
        if (output.type === "ask") askedMessageId = opts.replaceShown && shownMessageId !== undefined ? shownMessageId : nextMessageId++;
        if (output.type === "reask" || output.type === "say") sentMessageIds.push(nextMessageId++);
      }
      if (askedMessageId !== undefined && askedMessageId !== shownMessageId) sentMessageIds.push(askedMessageId);
      return { askedMessageId, sentMessageIds };
    },
    async notice(_chatId, _locale, key, args) {
      notices.push(`${key}${args ? JSON.stringify(args) : ""}`);
      return nextMessageId++;
    },
  };
  const registry = {
    current: () => bundle,
    byHash: async (hash: string) => (hash === bundle.hash ? bundle : undefined),
    touch: async () => undefined,
  } as unknown as FlowRegistry;
  const tracker: MessageTracker = {
    track: async () => undefined,
    list: async () => [...clutterIds],
    forget: async (_person, ids) => {
      for (const id of ids) clutterIds.splice(clutterIds.indexOf(id), clutterIds.includes(id) ? 1 : 0);
    },
    clear: async () => undefined,
  };
  const service: FlowService = createFlowService({
    flowId: "mini",
    registry,
    states,
    presenter,
    tracker,
    filer: {
      async file({ state }) {
        filed.push(state.sessionId);
        return { caseId: state.sessionId };
      },
    },
    answerCallback: async () => undefined,
    deleteMessages: async (_chatId, ids) => void deleted.push(...ids),
    newSessionId: () => "K7QX-2M4P",
    caseOfPerson: options.caseOfPerson ?? (async () => filed.at(-1)),
    clock: () => 1_000,
    logger: pino({ level: "silent" }),
  });
  return {
    service,
    shown,
    notices,
    filed,
    deleted,
    state: () => stored.get(view.person),
    failPresent: (fail: boolean) => {
      failPresent = fail;
    },
  };
}

type Setup = ReturnType<typeof setup>;

const tap = (t: Setup, data: string) => t.service.handle(view, { input: buttonInput(data), callbackQueryId: "q", pressedMessageId: t.state()?.shownMessageId });
const type = (t: Setup, text: string, messageId = 900) => t.service.handle(view, { input: { type: "text", text, lang: "" }, messageId });
const edit = (t: Setup, input: StepInput["input"], messageId: number) => t.service.handle(view, { input, messageId, edited: true });

async function toNode(t: Setup, node: string): Promise<void> {
  await t.service.show(view);
  const path: Array<[string, string]> = [
    ["safe_now", "f:safe_now:yes"],
    ["country", "p:country:kh"],
    ["province", "p:province:kh_preah_sihanouk"],
    ["compound", "p:compound:kp_one"],
    ["location", "f:location:skip"],
    ["violence", "m:violence:none"],
    ["violence", "m:violence:_done"],
    ["passport", "f:passport:taken"],
    ["ransom_amount", "f:ransom_amount:none"],
    ["minor", "f:minor:no"],
    ["nationality", "p:nationality:vn"],
  ];
  for (const [at, data] of path) {
    if (t.state()?.node === node) break;
    expect(t.state()?.node).toBe(at);
    await tap(t, data);
  }
  if (node === "summary") await type(t, "note");
  expect(t.state()?.node).toBe(node);
  // As the runner does after each handled update (rewind, then show: the question is on screen).
  expect(await t.service.show(view)).toBe("shown");
}

let t: Setup;

describe("flow service: a case filed but not saved as filed", () => {
  beforeEach(() => {
    t = setup();
  });

  it("finishes the run at the confirm step instead of asking again, and hands the update on", async () => {
    const live = { id: undefined as string | undefined };
    t = setup({ caseOfPerson: async () => live.id });
    await toNode(t, "summary");
    // Filed (the case pointer exists) but the final save was lost: the state still waits at the summary.
    live.id = t.state()!.sessionId;
    const before = t.shown.length;
    expect(await type(t, "are you there?")).toBe("handover");
    expect(t.state()?.done).toBe(true);
    expect(t.shown).toHaveLength(before);
    expect(await t.service.unfinished(view.person)).toBe(false);
    expect(t.filed).toEqual([]);
  });

  it("unfinished() and show() also see it, without filing again", async () => {
    const live = { id: undefined as string | undefined };
    t = setup({ caseOfPerson: async () => live.id });
    await toNode(t, "summary");
    live.id = t.state()!.sessionId;
    expect(await t.service.unfinished(view.person)).toBe(false);
    expect(await t.service.show(view)).toBe("settled");
    expect(t.filed).toEqual([]);
  });

  it("keeps asking when the live case is an earlier one (a report started with /new)", async () => {
    t = setup({ caseOfPerson: async () => "OLD0-CASE" });
    await toNode(t, "summary");
    expect(await type(t, "hello")).toBe("continue");
    expect(t.state()?.done).toBeUndefined();
    expect(t.shown.at(-1)?.outputs).toEqual([{ type: "reask", node: "summary", reason: "use_buttons" }]);
    expect(await t.service.unfinished(view.person)).toBe(true);
  });

  it("a failure to show the closing text after filing is not an error, and no reference is sent (that is for /ref)", async () => {
    await toNode(t, "summary");
    t.failPresent(true);
    expect(await tap(t, "c:summary:ok")).toBe("finished");
    expect(t.filed).toEqual(["K7QX-2M4P"]);
    expect(t.state()?.done).toBe(true);
    expect(t.notices).toEqual([]);
  });

  it("a done triage with a live case is not started again by show()", async () => {
    await toNode(t, "summary");
    expect(await tap(t, "c:summary:ok")).toBe("finished");
    const before = t.shown.length;
    expect(await t.service.show(view)).toBe("settled");
    expect(t.shown).toHaveLength(before);
    expect(t.state()?.done).toBe(true);
  });

  it("without a live case, show() starts a new triage as before", async () => {
    t = setup({ caseOfPerson: async () => undefined });
    await toNode(t, "summary");
    await tap(t, "c:summary:ok");
    expect(await t.service.show(view)).toBe("shown");
    expect(t.state()?.done).toBeUndefined();
    expect(t.state()?.node).toBe("safe_now");
  });

  it("an update for a flow that is over or forgotten is handed on, not swallowed", async () => {
    expect(await type(t, "hello")).toBe("handover");
    await toNode(t, "summary");
    await tap(t, "c:summary:ok");
    expect(await type(t, "hello")).toBe("handover");
  });
});

describe("flow service: edits", () => {
  beforeEach(() => {
    t = setup();
  });

  it("a moving live location answers the location question being asked", async () => {
    await toNode(t, "location");
    expect(await edit(t, { type: "location", lat: 10.6, lon: 103.5 }, 50)).toBe("continue");
    expect(t.state()?.node).toBe("violence");
    expect(t.state()?.answers["location"]).toEqual({ kind: "location", lat: 10.6, lon: 103.5 });
  });

  it("a moving live location anywhere else, or an edit of an earlier answer, gets no reply and changes nothing", async () => {
    await toNode(t, "passport");
    const state = t.state();
    const before = t.shown.length;
    for (let i = 0; i < 20; i++) expect(await edit(t, { type: "location", lat: 10.6 + i / 1e4, lon: 103.5 }, 50)).toBe("continue");
    expect(await edit(t, { type: "unsupported", kind: "edit" }, state!.shownMessageId! - 1)).toBe("continue");
    expect(t.shown).toHaveLength(before);
    expect(t.state()).toEqual(state);
  });

  it("an edit of a reply to the question on screen gets the usual notice", async () => {
    await toNode(t, "passport");
    await edit(t, { type: "unsupported", kind: "edit" }, t.state()!.shownMessageId! + 1);
    expect(t.shown.at(-1)?.outputs).toEqual([{ type: "reask", node: "passport", reason: "unsupported" }]);
  });
});

describe("flow service: after an error", () => {
  beforeEach(() => {
    t = setup();
  });

  it("takes the retry as the answer and marks the error notice for tidying", async () => {
    await toNode(t, "passport");
    const shownId = t.state()!.shownMessageId;
    const outcome = await t.service.handle(view, { input: buttonInput("f:passport:taken"), callbackQueryId: "q", pressedMessageId: shownId, afterError: true });
    expect(outcome).toBe("continue");
    expect(t.state()?.node).toBe("ransom_amount");
    expect(t.state()?.answers["passport"]).toEqual({ kind: "choice", option: "taken" });
    // A button turned into the next question leaves nothing to tidy, but the error notice went too.
    expect(t.deleted).toEqual([77]);
  });

  it("when the question never reached the screen, shows it rather than reading the update as an answer", async () => {
    await toNode(t, "passport");
    await t.service.reshow(view.person, view.chatId);
    const before = t.shown.length;
    expect(await t.service.handle(view, { input: { type: "text", text: "taken", lang: "" }, messageId: 901, afterError: true })).toBe("continue");
    expect(t.shown).toHaveLength(before);
    expect(await t.service.show(view)).toBe("shown");
    expect(t.shown.at(-1)?.outputs[0]).toMatchObject({ type: "ask", node: "passport" });
  });
});

describe("flow service: invisible answers", () => {
  it.each([["\u200b"], ["\u200b\u200c\u200d\u2060"], ["\ufeff \u3164"], ["\u2800"], ["\u{e0020}\u{e0041}"], [" \u00ad\n\u200e"]])(
    "%j is no answer: asked again as empty",
    async (invisible) => {
      t = setup();
      await toNode(t, "notes");
      expect(await type(t, invisible)).toBe("continue");
      expect(t.state()?.node).toBe("notes");
      expect(t.shown.at(-1)?.outputs).toEqual([{ type: "reask", node: "notes", reason: "empty" }]);
    },
  );

  it("invisible characters inside real words are kept (Khmer separates words with U+200B)", async () => {
    t = setup();
    await toNode(t, "notes");
    await type(t, "ខ្ញុំ\u200bត្រូវការ\u200bជំនួយ");
    expect(t.state()?.answers["notes"]).toEqual({ kind: "text", text: "ខ្ញុំ\u200bត្រូវការ\u200bជំនួយ", lang: "en" });
  });
});
