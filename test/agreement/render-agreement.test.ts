import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { agreementLines, runsText, type Agreement, type AgreementClause } from "../../src/agreement/agreement-types.ts";
import type { ClauseSet } from "../../src/agreement/clause-file.ts";
import { loadClauses } from "../../src/agreement/load-clauses.ts";
import { renderAgreement } from "../../src/agreement/render-agreement.ts";
import { layoutContract } from "../../src/layout/layout-contract.ts";
import type { ContractLayout } from "../../src/layout/layout-types.ts";
import { listQuestions } from "../../src/layout/list-questions.ts";
import { loadSchema } from "../../src/schema/load-schema.ts";
import { sampleContract } from "../helpers/contracts.ts";
import { ROOT } from "../helpers/run-build.ts";
import { sentenceProblems } from "../helpers/sentences.ts";

const REQUIRED_ONLY: Record<string, any> = JSON.parse(readFileSync(path.join(ROOT, "test/fixtures/contracts/required-only.json"), "utf8"));

let layout: ContractLayout;
let clauses: ClauseSet;
beforeAll(async () => {
  layout = layoutContract(await loadSchema());
  clauses = (await loadClauses(layout)).set;
});

const agreementOf = (data: Record<string, unknown>, language = "en") => renderAgreement(layout, clauses, data, language);

/** Every clause of an agreement, in order. */
function clausesOf(agreement: Agreement): AgreementClause[] {
  return [...agreement.preamble, ...agreement.sections.flatMap((section) => section.clauses), ...agreement.closing.clauses];
}

/** The text of the clause with this id (its sentences, then its items on lines of their own). */
function clause(agreement: Agreement, id: string): string {
  const found = clausesOf(agreement).find((candidate) => candidate.id === id);
  return found ? [runsText(found.runs), ...(found.items ?? []).map(runsText)].join("\n") : "";
}

/** Every clause's sentences, and each of its items, as lines. */
function clauseLines(agreement: Agreement): string[] {
  return clausesOf(agreement).flatMap((one) => [runsText(one.runs), ...(one.items ?? []).map(runsText)]);
}

/** Every line of the agreement's clauses that reads wrong as a sentence, with why. */
function problemsOf(agreement: Agreement): string[] {
  return clauseLines(agreement).flatMap(sentenceProblems);
}

const ALL_IDS = () => Object.values(clauses).flatMap((file) => file.clauses.map((one) => one.id));

describe("the agreement of the sample contract", () => {
  it("says every clause, each as sentences with nothing left empty", () => {
    const agreement = agreementOf(sampleContract());
    expect(clausesOf(agreement).map((one) => one.id).sort()).toEqual(ALL_IDS().sort());
    expect(problemsOf(agreement)).toEqual([]);
  });

  it("opens with who and when, the pronouns and dates written out", () => {
    const agreement = agreementOf(sampleContract());
    expect(clause(agreement, "who")).toBe("This is the agreement of Maya Okafor (she/her) and Jonas Lind (he/him) about time together and time apart.");
    expect(clause(agreement, "when")).toBe(
      "It starts on 1 March 2026, and we will sit down and look at it again together on 1 June 2026. All the times in it are in United Kingdom Time (Europe/London).",
    );
  });

  it("numbers a section per step and its clauses in order, so 3.2 is the second clause of step 3", () => {
    const agreement = agreementOf(sampleContract());
    expect(agreement.sections.map((section) => [section.number, section.id])).toEqual([1, 2, 3, 4, 5, 6, 7].map((step) => [step, `step-${step}`]));
    for (const section of agreement.sections) expect(section.clauses.map((one) => one.number)).toEqual(section.clauses.map((_, index) => `${section.number}.${index + 1}`));
    const reply = agreement.sections[2]!.clauses[1]!;
    expect([reply.number, reply.id]).toEqual(["3.2", "reply"]);
  });

  it("says hours and minutes in words, times and days as people say them, choices by their phrases", () => {
    const agreement = agreementOf(sampleContract());
    expect(clause(agreement, "hours")).toBe(
      "Maya Okafor needs six hours alone in an ordinary week, in a few longer stretches. Jonas Lind needs two and a half hours alone in an ordinary week, a little every day.",
    );
    expect(clause(agreement, "daily-moment")).toMatch(/^Every day at about 6:30 pm we keep ten minutes just for the two of us: “Ten minutes on the sofa/);
    expect(clause(agreement, "check-in")).toMatch(/^Every Sunday at 7:30 pm, for fifteen minutes, we check in with each other/);
    expect(clause(agreement, "weekly-block")).toBe(
      "Maya Okafor keeps every Wednesday from 6:30 pm for two and a half hours as her own time. Jonas Lind keeps every Thursday from 7 pm for three hours as his own time.",
    );
    expect(clause(agreement, "waiting")).toBe(
      "Maya Okafor can comfortably wait about an hour when Jonas Lind needs space, before the quiet starts to feel like distance. Jonas Lind can comfortably wait a few hours when Maya Okafor needs space, before the quiet starts to feel like distance.",
    );
    expect(clause(agreement, "recharge")).toMatch(/^What recharges Maya Okafor is time outdoors, reading and making something\. Also, in her own words: “Repotting plants/);
  });

  it("lists the rituals and the moves item by item", () => {
    const agreement = agreementOf(sampleContract());
    expect(clause(agreement, "rituals").split("\n").slice(1)).toEqual([
      "Sunday breakfast at the table, every week on Sunday at 9 am for an hour.",
      "A walk after dinner, a few times a week on Tuesday and Thursday at 8 pm for thirty minutes.",
      "A date we take turns to plan, every two weeks on Friday at 7 pm for three hours. Whoever plans it keeps it a surprise until the day.",
    ]);
    expect(clause(agreement, "moves").split("\n").slice(1).map((line) => line.split(":")[0])).toEqual(["Layered time", "A soft no with a future yes", "Solo plus reconnect"]);
  });

  it("keeps what each partner typed as their own runs, at the path of the answer", () => {
    const sample = sampleContract();
    const typed = clausesOf(agreementOf(sample)).flatMap((one) => [...one.runs, ...(one.items ?? []).flat()]).filter((run) => run.kind === "typed");
    expect(typed).toContainEqual({ kind: "typed", text: sample.spaceWords.b.askingWords, path: "spaceWords.b.askingWords" });
    expect(typed).toContainEqual({ kind: "typed", text: "Maya Okafor", path: "couple.a.name" });
    expect(typed).toContainEqual({ kind: "typed", text: sample.rituals.list[1].name, path: "rituals.list.1.name" });
  });

  it("ends with the closing promise and the witness", () => {
    const agreement = agreementOf(sampleContract());
    expect(agreement.closing.heading).toBe("Our promise");
    expect(clause(agreement, "witness")).toBe("Dr. Ana Ruiz (couples therapist) was with us when we agreed.");
  });
});

describe("the agreement of a contract with only its required answers", () => {
  it("reads as sentences, with every optional part left out cleanly", () => {
    const agreement = agreementOf(REQUIRED_ONLY);
    expect(problemsOf(agreement)).toEqual([]);
    expect(clause(agreement, "who")).toBe("This is the agreement of Maya Okafor and Jonas Lind about time together and time apart.");
    expect(clause(agreement, "recharge")).toBe("What recharges Maya Okafor is time outdoors, reading and making something. What recharges Jonas Lind is exercise and music.");
    expect(clause(agreement, "rituals").split("\n").slice(1)).toEqual([
      "Sunday breakfast at the table, every week on Sunday.",
      "A walk after dinner, a few times a week on Tuesday and Thursday.",
      "A date we take turns to plan, every two weeks on Friday.",
    ]);
    expect(clause(agreement, "daily-moment")).toMatch(/^Every day we keep ten minutes/);
  });

  it("leaves out only the clauses that say optional answers, and numbers the rest without a gap", () => {
    const agreement = agreementOf(REQUIRED_ONLY);
    expect(ALL_IDS().filter((id) => !clausesOf(agreement).some((one) => one.id === id))).toEqual(["own-moves", "notes", "witness"]);
    expect(agreement.sections[3]!.clauses.map((one) => [one.number, one.id])).toEqual([["4.1", "moves"]]);
  });

  it("states every required answer somewhere", () => {
    const runs = clausesOf(agreementOf(REQUIRED_ONLY)).flatMap((one) => [...one.runs, ...(one.items ?? []).flat()]);
    const typedPaths = new Set(runs.flatMap((run) => (run.kind === "typed" ? [run.path] : [])));
    const requiredText = listQuestions(layout).filter(({ question, signature, lists }) => question.required && lists.every((list) => list.required) && question.answer === "text" && !signature);
    expect(requiredText.length).toBeGreaterThan(10);
    for (const { question } of requiredText) {
      const paths = question.path.includes("#") ? REQUIRED_ONLY.rituals.list.map((_: unknown, index: number) => question.path.replace("#", String(index))) : [question.path];
      for (const at of paths) expect(typedPaths, at).toContain(at);
    }
  });
});

describe("the agreement with edge values", () => {
  const edit = (change: (data: Record<string, any>) => void) => {
    const data = sampleContract();
    change(data);
    return agreementOf(data);
  };

  it("says zero hours and the largest numbers the questions allow", () => {
    const low = edit((data) => {
      data.batteryPack.a.hoursPerWeek = 0;
      data.batteryPack.b.hoursPerWeek = 0.5;
      data.rituals.microConnection.minutes = 1;
    });
    expect(clause(low, "hours")).toMatch(/^Maya Okafor needs no time alone in an ordinary week.* Jonas Lind needs half an hour alone/);
    expect(clause(low, "daily-moment")).toMatch(/^Every day at about 6:30 pm we keep a minute just for the two of us/);
    const high = edit((data) => {
      data.batteryPack.a.hoursPerWeek = 80;
      data.batteryPack.b.hoursPerWeek = 79.5;
      data.rituals.microConnection.minutes = 120;
    });
    expect(clause(high, "hours")).toMatch(/^Maya Okafor needs eighty hours alone.* Jonas Lind needs seventy-nine and a half hours alone/);
    expect(clause(high, "daily-moment")).toMatch(/^Every day at about 6:30 pm we keep two hours just for the two of us/);
    expect([...problemsOf(low), ...problemsOf(high)]).toEqual([]);
  });

  it("lists one ritual, and eight", () => {
    const ritual = (index: number) => ({ name: `ritual number ${index + 1}`, frequency: "Every month", dayOfMonth: 31 - index, note: `week ${index + 1}` });
    const one = edit((data) => void (data.rituals.list = [ritual(0)]));
    const eight = edit((data) => void (data.rituals.list = Array.from({ length: 8 }, (_, index) => ritual(index))));
    expect(clause(one, "rituals").split("\n").slice(1)).toEqual(["Ritual number 1, every month on day 31 of the month. Week 1."]);
    expect(clause(eight, "rituals").split("\n")).toHaveLength(9);
    expect([...problemsOf(one), ...problemsOf(eight)]).toEqual([]);
  });

  it("says every choice of every question as a sentence, a phrase of its own where the clauses give one", () => {
    const choiceQuestions = listQuestions(layout).filter(({ question, signature }) => (question.answer === "choice" || question.answer === "choices") && !signature);
    expect(choiceQuestions.length).toBeGreaterThanOrEqual(10);
    const checked: string[] = [];
    for (const { question } of choiceQuestions) {
      const at = question.path.replace("#", "0").split(".");
      for (const choice of question.choices) {
        const agreement = edit((data) => {
          const parent = at.slice(0, -1).reduce((node, key) => node[key], data);
          parent[at.at(-1)!] = question.answer === "choices" ? [choice] : choice;
        });
        expect(problemsOf(agreement), `${question.path} = ${choice}`).toEqual([]);
        const text = agreementLines(agreement).join("\n");
        // The choice is said: by its phrase, or as the choice itself inside the sentence.
        const file = clauses[question.path.split(".")[0]!]!;
        // The phrases of this very question (two questions may share choices, each with its own phrases).
        const phrases = file.phrases?.[question.path.split(".").at(-1)!] ?? Object.values(file.phrases ?? {}).find((map) => Object.hasOwn(map, choice));
        expect(text.toLowerCase(), `${question.path} = ${choice}`).toContain((phrases?.[choice] ?? choice).toLowerCase());
        checked.push(`${question.path}=${choice}`);
      }
    }
    expect(checked.length).toBeGreaterThan(40);
  });

  it("says every set of choices at once, joined as a list", () => {
    const agreement = edit((data) => {
      data.batteryPack.a.restoringActivities = layout.sections[1]!.entries.length ? ["Time outdoors", "Exercise", "Reading", "Games", "Making something", "Music", "Friends outside the couple", "Time away from everyone"] : [];
      data.defaultMoves.moves = ["Take turns, and keep it fair over time", "Layered time", "A soft no with a future yes", "Solo plus reconnect"];
    });
    expect(clause(agreement, "recharge")).toMatch(/is time outdoors, exercise, reading, games, making something, music, seeing friends outside the two of us and time away from everyone\./);
    expect(clause(agreement, "moves").split("\n")).toHaveLength(5);
    expect(problemsOf(agreement)).toEqual([]);
  });

  it("says a yes and a no about booking over shared time, each as its own sentence", () => {
    const yes = clause(edit((data) => void (data.individualWorlds.talkBeforeBooking = true)), "shared-time");
    const no = clause(edit((data) => void (data.individualWorlds.talkBeforeBooking = false)), "shared-time");
    expect(yes).toMatch(/^Before either of us books anything that overlaps one of our rituals, we talk first\./);
    expect(no).toMatch(/^Either of us may book time of our own over one of our rituals/);
  });

  it("says midnight, noon and a minute to midnight", () => {
    const times = ["00:00", "12:00", "23:59"].map((time) => clause(edit((data) => void (data.rituals.checkIn.time = time)), "check-in").match(/at (.*?)(?:, for [^,]+,)? we check in/)?.[1]);
    expect(times).toEqual(["12 am", "12 pm", "11:59 pm"]);
  });

  it.each([
    ["she/her", "she will say so", "in her own words"],
    ["he/him", "he will say so", "in his own words"],
    ["they/them", "they will say so", "in their own words"],
    ["ze/zir", "Maya Okafor will say so", "in Maya Okafor’s own words"],
    [undefined, "Maya Okafor will say so", "in Maya Okafor’s own words"],
  ])("uses the pronouns %s, or the name", (pronouns, asking, recharge) => {
    const agreement = edit((data) => {
      if (pronouns === undefined) delete data.couple.a.pronouns;
      else data.couple.a.pronouns = pronouns;
    });
    expect(clause(agreement, "asking")).toContain(`When Maya Okafor needs space, ${asking} in words like these`);
    expect(clause(agreement, "recharge")).toContain(`Also, ${recharge}:`);
    expect(problemsOf(agreement)).toEqual([]);
  });

  it("names a partner who gave no name as Partner A or Partner B", () => {
    const agreement = edit((data) => {
      delete data.couple.b.name;
      delete data.couple.b.pronouns;
    });
    expect(clause(agreement, "hours")).toContain("Partner B needs two and a half hours");
    // The preamble names the partners by the answers themselves: without a name it is left out.
    expect(clause(agreement, "who")).toBe("");
  });
});

describe("clauses whose answers are missing", () => {
  it("say the partner who answered, and leave the other out", () => {
    const data = sampleContract();
    delete data.batteryPack.b.hoursPerWeek;
    const agreement = agreementOf(data);
    expect(clause(agreement, "hours")).toBe("Maya Okafor needs six hours alone in an ordinary week, in a few longer stretches.");
    expect(clausesOf(agreement).find((one) => one.id === "hours")?.partners).toEqual(["a"]);
  });

  it("are left out whole when no one answered, and the next clause takes the number", () => {
    const data = sampleContract();
    delete data.batteryPack.a.hoursPerWeek;
    delete data.batteryPack.b.hoursPerWeek;
    const agreement = agreementOf(data);
    expect(agreement.sections[0]!.clauses.map((one) => [one.number, one.id]).slice(0, 2)).toEqual([
      ["1.1", "needs-not-demands"],
      ["1.2", "recharge"],
    ]);
  });

  it("are left out when an answer does not fit its question, without failing", () => {
    const data = sampleContract();
    data.batteryPack.a.hoursPerWeek = "lots";
    data.batteryPack.a.rhythm = 7;
    data.rituals.list = "every day";
    data.individualWorlds.talkBeforeBooking = "yes";
    const agreement = agreementOf(data);
    expect(clause(agreement, "hours")).toBe("Jonas Lind needs two and a half hours alone in an ordinary week, a little every day.");
    expect(clause(agreement, "rituals")).toBe("");
    expect(clause(agreement, "shared-time")).toBe("");
    expect(problemsOf(agreement)).toEqual([]);
  });

  it("leave an empty draft with only the clauses that need no answer, numbered from 1 in each step", () => {
    const agreement = agreementOf({ schemaVersion: 3 });
    expect(agreement.sections.map((section) => [section.number, section.clauses.map((one) => one.number)])).toEqual([
      [1, ["1.1", "1.2"]],
      [2, ["2.1"]],
      [3, ["3.1"]],
    ]);
    expect(agreement.closing.clauses.map((one) => one.id)).toEqual(["promise", "signing"]);
    expect(problemsOf(agreement)).toEqual([]);
  });
});

describe("the agreement in another language", () => {
  it("writes numbers, dates, times and days the language's way", () => {
    const agreement = agreementOf(sampleContract(), "de");
    expect(clause(agreement, "hours")).toContain("needs 6 Stunden alone");
    expect(clause(agreement, "when")).toContain("1. März 2026");
    expect(clause(agreement, "check-in")).toMatch(/^Every Sonntag at 19:30, for 15 Minuten, we check in/);
  });
});

describe("text that looks like markup", () => {
  it("stays exactly as typed, as a typed run the page inserts as text", () => {
    const data = sampleContract();
    data.guardrails.distanceSignal = '<img src=x onerror="alert(1)"> file:///etc/passwd';
    data.couple.a.name = "<script>alert(2)</script>";
    const runs = clausesOf(agreementOf(data)).flatMap((one) => one.runs);
    expect(runs).toContainEqual({ kind: "typed", text: data.guardrails.distanceSignal, path: "guardrails.distanceSignal" });
    expect(runs).toContainEqual({ kind: "typed", text: "<script>alert(2)</script>", path: "couple.a.name" });
  });
});

describe("the sentence check these tests use", () => {
  it("catches what it looks for (it is live)", () => {
    expect(sentenceProblems("Maya needs six hours alone.")).toEqual([]);
    for (const broken of ["Maya needs {self.hours}.", "Maya needs  six hours.", "Maya needs undefined hours.", "maya needs six hours.", "Maya needs six hours", "Maya needs one hours.", "They needs time.", "She said it..", "Maya needs six hours ."]) {
      expect(sentenceProblems(broken), broken).not.toEqual([]);
    }
  });
});
