import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { contractDocument, type Answer, type ContractDocument, type Entry } from "../../src/browser/contract/contract-document.ts";
import { formatAnswer, formatDate, joinReadably } from "../../src/browser/contract/format-answer.ts";
import { checkSignatures } from "../../src/contract/check-signatures.ts";
import type { ClauseSet } from "../../src/agreement/clause-file.ts";
import { loadClauses } from "../../src/agreement/load-clauses.ts";
import type { CompiledSchema } from "../../src/schema/compile-schema.ts";
import { ITEM, listLeaves } from "../../src/schema/list-leaves.ts";
import { layoutContract } from "../../src/layout/layout-contract.ts";
import { loadSchema } from "../../src/schema/load-schema.ts";
import { ROOT } from "../helpers/run-build.ts";

const SAMPLE: Record<string, any> = JSON.parse(readFileSync(path.join(ROOT, "data/examples/sample-contract.json"), "utf8"));

let schema: CompiledSchema;
let clauses: ClauseSet;
beforeAll(async () => {
  schema = await loadSchema();
  clauses = (await loadClauses(layoutContract(schema))).set;
});

/** The document of a contract, with its signatures checked the way the page checks them. */
async function documentOf(data: Record<string, unknown>): Promise<ContractDocument> {
  return contractDocument({ layout: layoutContract(schema), clauses }, data, await checkSignatures(data));
}

function copy(): Record<string, any> {
  return structuredClone(SAMPLE);
}

/** Every answer of a document, by the path of the answer (a list counts as one answer). */
function answersOf(doc: ContractDocument): Map<string, Answer> {
  const answers = new Map<string, Answer>();
  const add = (entry: Entry) => {
    if (entry.kind === "paired") {
      answers.set(entry.paths.a, entry.a);
      answers.set(entry.paths.b, entry.b);
    } else if (entry.kind === "shared") answers.set(entry.path, entry.answer);
    else for (const field of entry.fields) answers.set(field.path, field.answer);
  };
  doc.sections.forEach((section) => section.entries.forEach(add));
  return answers;
}

function text(answer: Answer | undefined): string | undefined {
  return answer?.kind === "text" ? answer.text : undefined;
}

describe("contractDocument, with the sample contract", () => {
  it("titles the contract with both partners' names and writes its dates out", async () => {
    const doc = await documentOf(SAMPLE);
    expect(doc.title).toBe("Autonomy Contract between Maya Okafor and Jonas Lind");
    expect(doc.partners).toEqual({ a: "Maya Okafor", b: "Jonas Lind" });
    expect(doc.dates).toEqual({ start: "1 March 2026", review: "1 June 2026" });
  });

  it("lays the sections out in the schema's order, headed by their step, with signing kept for the end", async () => {
    const doc = await documentOf(SAMPLE);
    expect(doc.sections.map((section) => section.heading)).toEqual([
      "The two of you",
      "Step 1: Your battery packs",
      "Step 2: Your together time",
      "Step 3: Your words for asking for space",
      "Step 4: Your default moves",
      "Step 5: Your individual worlds",
      "Step 6: Your guardrails",
      "Step 7: A deeper we",
    ]);
    expect(doc.sections.map((section) => section.id)).toEqual(["about-you", "step-1", "step-2", "step-3", "step-4", "step-5", "step-6", "step-7"]);
    expect(doc.signing?.heading).toBe("Signatures");
  });

  it("puts each partner's answer to the same question side by side, under their names", async () => {
    const doc = await documentOf(SAMPLE);
    const battery = doc.sections.find((section) => section.key === "batteryPack")!;
    expect(battery.columns).toEqual({ a: "Maya Okafor", b: "Jonas Lind" });
    expect(battery.entries[0]).toEqual({
      kind: "paired",
      question: "Hours alone I need in an ordinary week",
      paths: { a: "batteryPack.a.hoursPerWeek", b: "batteryPack.b.hoursPerWeek" },
      a: { kind: "text", text: "6" },
      b: { kind: "text", text: "2.5" },
    });
    // The couple's own section is headed by the names too, not "Partner A" and "Partner B".
    expect(doc.sections[0]!.columns).toEqual({ a: "Maya Okafor", b: "Jonas Lind" });
  });

  it("shows every answer the sample gives, and the one it leaves out as not answered", async () => {
    const answers = answersOf(await documentOf(SAMPLE));
    expect(text(answers.get("spaceWords.b.askingWords"))).toBe(SAMPLE.spaceWords.b.askingWords);
    expect(text(answers.get("guardrails.distanceSignal"))).toBe("“Low battery or drifting?”");
    expect(text(answers.get("rituals.checkIn.time"))).toBe("7:30 pm");
    expect(text(answers.get("individualWorlds.talkBeforeBooking"))).toBe("Yes");
    expect(text(answers.get("batteryPack.a.restoringActivities"))).toBe("Time outdoors, reading, and making something");
    expect(answers.get("batteryPack.b.otherActivities")).toEqual({ kind: "missing", optional: true });
    const missing = [...answers].filter(([, answer]) => answer.kind === "missing").map(([path]) => path);
    expect(missing).toEqual(["batteryPack.b.otherActivities"]);
  });

  it("lists the rituals item by item, and the couple's own moves as a list", async () => {
    const answers = answersOf(await documentOf(SAMPLE));
    const rituals = answers.get("rituals.list");
    expect(rituals?.kind).toBe("items");
    if (rituals?.kind !== "items") return;
    expect(rituals.items).toHaveLength(3);
    expect(rituals.items[1]).toEqual({
      kind: "fields",
      fields: [
        { path: "rituals.list.1.name", question: "What the ritual is", answer: { kind: "text", text: "A walk after dinner" } },
        { path: "rituals.list.1.frequency", question: "How often", answer: { kind: "text", text: "A few times a week" } },
        { path: "rituals.list.1.days", question: "On which days", answer: { kind: "text", text: "Tuesday and Thursday" } },
        { path: "rituals.list.1.start", question: "Starts at", answer: { kind: "text", text: "8 pm" } },
        { path: "rituals.list.1.minutes", question: "How long, in minutes", answer: { kind: "text", text: "30" } },
        { path: "rituals.list.1.note", question: "Anything else about when", answer: { kind: "missing", optional: true } },
      ],
    });
    expect(answers.get("defaultMoves.ownMoves")).toEqual({ kind: "items", itemTitle: "Move", items: [{ kind: "text", text: SAMPLE.defaultMoves.ownMoves[0] }] });
  });

  it("shows only the schedule a ritual's “How often” asks for: days for a weekly one, the day of the month for a monthly one", async () => {
    const data = copy();
    data.rituals.list = [
      { name: "Breakfast", frequency: "Every day", start: "08:00" },
      { name: "Dinner out", frequency: "Every month", dayOfMonth: 3 },
      { name: "Swim", frequency: "Every week", days: ["Monday"], dayOfMonth: 9 },
      { name: "Not decided", days: [] },
    ];
    const rituals = answersOf(await documentOf(data)).get("rituals.list");
    if (rituals?.kind !== "items") throw new Error("no rituals");
    const keys = rituals.items.map((item) => (item.kind === "fields" ? item.fields.map((field) => field.path.split(".").at(-1)) : []));
    expect(keys).toEqual([
      ["name", "frequency", "start", "minutes", "note"],
      ["name", "frequency", "dayOfMonth", "start", "minutes", "note"],
      // A day of the month written for a weekly ritual is still shown: nothing written is hidden.
      ["name", "frequency", "days", "dayOfMonth", "start", "minutes", "note"],
      // Without "How often", every question stays, to be answered.
      ["name", "frequency", "days", "dayOfMonth", "start", "minutes", "note"],
    ]);
  });

  it("lists the couple's names, pronouns and dates in the schedule, the dates written out", async () => {
    const answers = answersOf(await documentOf(SAMPLE));
    expect([...answers.keys()].filter((key) => key.startsWith("couple."))).toEqual(["couple.a.name", "couple.b.name", "couple.a.pronouns", "couple.b.pronouns", "couple.startDate", "couple.reviewDate", "couple.timeZone"]);
    expect(text(answers.get("couple.timeZone"))).toBe("United Kingdom Time (Europe/London)");
    expect(text(answers.get("couple.startDate"))).toBe("1 March 2026");
  });

  it("shows both signatures as covering the contract, with the drawing, the typed name, the witness, the version code and the fingerprint in groups", async () => {
    const signing = (await documentOf(SAMPLE)).signing!;
    const [a, b] = signing.signatures;
    expect(a).toMatchObject({ partner: "a", partnerName: "Maya Okafor", status: "signed", statusText: "Signed", method: "Drawn", signedName: "Maya Okafor", date: "1 March 2026" });
    expect(a!.strokes).toEqual(SAMPLE.signatures.a.strokes);
    expect(b).toEqual({ partner: "b", partnerName: "Jonas Lind", status: "signed", statusText: "Signed", method: "Typed", signedName: "Jonas Lind", date: "1 March 2026" });
    expect(signing.witness).toEqual({ title: "Witness or therapist", name: "Dr. Ana Ruiz", role: "Couples therapist" });
    expect(signing.fingerprint).toBe(SAMPLE.signatures.a.fingerprint);
    expect(signing.versionCode).toBe(`${signing.fingerprint.slice(0, 4)} ${signing.fingerprint.slice(4, 8)}`);
    expect(signing.fingerprintGroups).toHaveLength(8);
    expect(signing.fingerprintGroups.every((group) => /^[0-9a-f]{8}$/.test(group))).toBe(true);
    expect(signing.fingerprintGroups.join("")).toBe(signing.fingerprint);
  });

  it("marks a signature given before an answer changed as needing signing again", async () => {
    const edited = copy();
    edited.guardrails.longestPause = "A week";
    const signing = (await documentOf(edited)).signing!;
    expect(signing.fingerprint).not.toBe(SAMPLE.signatures.a.fingerprint);
    expect(signing.signatures.map((signature) => [signature.status, signature.statusText])).toEqual([
      ["outdated", "Signed an earlier version: needs signing again"],
      ["outdated", "Signed an earlier version: needs signing again"],
    ]);
    // What was signed still shows, so the couple can see whose signature it was.
    expect(signing.signatures[1]!.signedName).toBe("Jonas Lind");
  });
});

describe("contractDocument, with an empty draft", () => {
  it("names the partners Partner A and Partner B and leaves the dates empty", async () => {
    const doc = await documentOf({ schemaVersion: 3 });
    expect(doc.title).toBe("Autonomy Contract between Partner A and Partner B");
    expect(doc.dates).toEqual({});
    expect(doc.sections[1]!.columns).toEqual({ a: "Partner A", b: "Partner B" });
  });

  it("still shows every question of the schema, each as not answered yet", async () => {
    const answers = answersOf(await documentOf({ schemaVersion: 3 }));
    const questions = new Set(
      listLeaves(schema.tree)
        .map((leaf) => leaf.path.split(`.${ITEM}`)[0]!)
        // The version and the values kept at the root (the renewal chain, whose draft) are never shown as answers.
        .filter((leaf) => leaf.includes(".") && !leaf.startsWith("signatures.")),
    );
    expect(questions.size).toBeGreaterThan(40);
    expect(new Set(answers.keys())).toEqual(questions);
    expect([...answers.values()].every((answer) => answer.kind === "missing")).toBe(true);
  });

  it("tells required questions from optional ones", async () => {
    const answers = answersOf(await documentOf({ schemaVersion: 3 }));
    expect(answers.get("couple.a.name")).toEqual({ kind: "missing", optional: false });
    expect(answers.get("couple.b.pronouns")).toEqual({ kind: "missing", optional: true });
    expect(answers.get("rituals.list")).toEqual({ kind: "missing", optional: false });
    expect(answers.get("defaultMoves.ownMoves")).toEqual({ kind: "missing", optional: true });
  });

  it("leaves both signatures unsigned and no witness named", async () => {
    const signing = (await documentOf({ schemaVersion: 3 })).signing!;
    expect(signing.signatures).toEqual([
      { partner: "a", partnerName: "Partner A", status: "unsigned", statusText: "Not signed yet" },
      { partner: "b", partnerName: "Partner B", status: "unsigned", statusText: "Not signed yet" },
    ]);
    expect(signing.witness).toEqual({ title: "Witness or therapist" });
  });

  it("does not show a signature that was started but never given", async () => {
    const signing = (await documentOf({ schemaVersion: 3, signatures: { a: { method: "Typed", name: "Sam", date: "2026-03-01" } } })).signing!;
    expect(signing.signatures[0]).toEqual({ partner: "a", partnerName: "Partner A", status: "unsigned", statusText: "Not signed yet" });
  });
});

describe("partner names", () => {
  it("uses the name a partner gave and falls back for the other", async () => {
    const doc = await documentOf({ schemaVersion: 3, couple: { a: { name: "Sam" } } });
    expect(doc.title).toBe("Autonomy Contract between Sam and Partner B");
    expect(doc.partners).toEqual({ a: "Sam", b: "Partner B" });
    expect(doc.signing!.signatures.map((signature) => signature.partnerName)).toEqual(["Sam", "Partner B"]);
  });

  it("treats a name of spaces as no name", async () => {
    const doc = await documentOf({ schemaVersion: 3, couple: { a: { name: "   " }, b: { name: " Robin " } } });
    expect(doc.partners).toEqual({ a: "Partner A", b: "Robin" });
  });
});

describe("formatting answers", () => {
  it("writes booleans as Yes and No", async () => {
    const yes = answersOf(await documentOf(SAMPLE)).get("individualWorlds.talkBeforeBooking");
    const edited = copy();
    edited.individualWorlds.talkBeforeBooking = false;
    const no = answersOf(await documentOf(edited)).get("individualWorlds.talkBeforeBooking");
    expect([yes, no]).toEqual([
      { kind: "text", text: "Yes" },
      { kind: "text", text: "No" },
    ]);
  });

  it("joins choices into one phrase, in sentence case after the first", () => {
    expect(joinReadably(["Exercise"])).toBe("Exercise");
    expect(joinReadably(["Exercise", "Music"])).toBe("Exercise and music");
    expect(joinReadably(["Layered time", "A soft no with a future yes", "Solo plus reconnect"])).toBe("Layered time, a soft no with a future yes, and solo plus reconnect");
  });

  it("separates choices with semicolons when one holds a comma, and keeps the capital of a day", () => {
    expect(joinReadably(["Take turns, and keep it fair over time", "Layered time", "Solo plus reconnect"])).toBe(
      "Take turns, and keep it fair over time; layered time; and solo plus reconnect",
    );
    expect(joinReadably(["Reading", "Sunday markets"])).toBe("Reading and Sunday markets");
  });

  it("formats choices, numbers, dates and times from the schema's types", async () => {
    const edited = copy();
    edited.defaultMoves.moves = ["Take turns, and keep it fair over time", "Solo plus reconnect"];
    edited.batteryPack.b.hoursPerWeek = 0;
    const answers = answersOf(await documentOf(edited));
    expect(text(answers.get("defaultMoves.moves"))).toBe("Take turns, and keep it fair over time; and solo plus reconnect");
    expect(text(answers.get("batteryPack.b.hoursPerWeek"))).toBe("0");
    expect(text(answers.get("rituals.microConnection.minutes"))).toBe("10");
    expect(text(answers.get("individualWorlds.b.blockTime"))).toBe("7 pm");
    expect(formatDate("2026-12-31")).toBe("31 December 2026");
    expect(formatDate("not a date")).toBe("not a date");
  });

  it("keeps typed text exactly as typed, line breaks and markup-like characters included", () => {
    const node = { type: "string", maxLength: 400 } as const;
    expect(formatAnswer(node, "line one\nline two")).toBe("line one\nline two");
    expect(formatAnswer(node, "<img src=x onerror=alert(1)>")).toBe("<img src=x onerror=alert(1)>");
    expect(formatAnswer(node, "   ")).toBeUndefined();
    expect(formatAnswer({ type: "boolean" }, "yes")).toBeUndefined();
  });
});

describe("the agreement in the document", () => {
  it("opens the document with the agreement, numbered by step, from the same clauses", async () => {
    const doc = await documentOf(SAMPLE);
    expect(doc.agreement.preamble[0]?.runs.map((run) => run.text).join("")).toBe(
      "This is the agreement of Maya Okafor (she/her) and Jonas Lind (he/him) about time together and time apart.",
    );
    expect(doc.agreement.sections.map((section) => `${section.number}. ${section.heading}`)).toEqual([
      "1. Our battery packs",
      "2. Our time together",
      "3. How we ask for space",
      "4. When we want different things",
      "5. Our own worlds",
      "6. Where space ends and avoidance begins",
      "7. A deeper we",
    ]);
    expect(doc.agreement.closing.heading).toBe("Our promise");
    expect(doc.complete).toBe(true);
  });

  it("says a draft is incomplete, and writes no clause that needs a missing answer", async () => {
    const doc = await documentOf({ schemaVersion: 3, couple: { a: { name: "Sam" } } });
    expect(doc.complete).toBe(false);
    const ids = doc.agreement.sections.flatMap((section) => section.clauses.map((clause) => clause.id));
    // Only the clauses that name no answer stand in an empty draft.
    expect(ids).toEqual(["needs-not-demands", "read-the-signs", "why-together", "capacity"]);
    expect(doc.agreement.preamble.map((clause) => clause.id)).toEqual(["why", "good-faith"]);
  });

  it("counts a missing answer inside a list item as missing", async () => {
    const edited = copy();
    delete edited.rituals.list[1].frequency;
    expect((await documentOf(edited)).complete).toBe(false);
  });
});
