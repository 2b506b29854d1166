import path from "node:path";
import { changeValue } from "../../compare/describe-change.ts";
import { listChanges } from "../../compare/list-changes.ts";
import { mergeDrafts, preferAll } from "../../compare/merge-drafts.ts";
import { pairDrafts, type PairedDrafts } from "../../compare/pair-drafts.ts";
import { partnerName } from "../../contract/partners.ts";
import { PARTNER_LABELS, PARTNERS, type Partner } from "../../layout/contract-names.ts";
import { layoutContract } from "../../layout/layout-contract.ts";
import { loadSchema } from "../../schema/load-schema.ts";
import { checkContractFile } from "../check-contract-file.ts";
import { checkOutputFile } from "../check-output-file.ts";
import { CliError } from "../cli-error.ts";
import type { RunCommand } from "../command-types.ts";
import { writeOutputFile } from "../write-output-file.ts";

/**
 * `merge <a.json> <b.json>`: brings two partners' drafts together into one unsigned
 * contract. Each draft is checked as `calendar` checks a contract (strict JSON,
 * brought up to date, every answer fits its question) and must say whose it is.
 * Where the two give a shared answer differently, nothing is written unless
 * `--prefer a|b` says whose answer wins: each conflict is printed on its own line.
 */
export const mergeCommand: RunCommand = async ({ files, options }, output) => {
  const [first, second] = files as [string, string];
  const prefer = choosePartner(options.prefer);
  const out = options.out ?? path.join(path.dirname(first), "contract.json");
  const schema = await loadSchema();
  const opened = [await checkContractFile(first, schema, { draft: true }), await checkContractFile(second, schema, { draft: true })];
  await checkOutputFile(out, first);
  await checkOutputFile(out, second);
  const paired: PairedDrafts = pairDrafts({ name: first, data: (opened[0] as { data: Record<string, unknown> }).data }, { name: second, data: (opened[1] as { data: Record<string, unknown> }).data });
  if (!paired.ok) throw new CliError(paired.message);
  const { drafts } = paired;
  const layout = layoutContract(schema);
  const changes = listChanges(layout, drafts.a, drafts.b);
  const found = mergeDrafts(drafts, changes);
  const names = Object.fromEntries(PARTNERS.map((partner) => [partner, shortName(drafts[partner], partner)])) as Record<Partner, string>;
  if (found.unresolved.length > 0 && prefer === undefined) {
    for (const conflict of found.unresolved) {
      output.err(`${conflict.path}: ${names.a} says “${changeValue(conflict, conflict.before)}” / ${names.b} says “${changeValue(conflict, conflict.after)}”`);
    }
    const count = found.unresolved.length;
    output.err(
      `autonomy-contract: ${count} shared ${count === 1 ? "answer differs" : "answers differ"}, so nothing was written: choose them one by one with “Bring two drafts together” in the workbook, or take every one from one draft with --prefer a (${names.a}) or --prefer b (${names.b})`,
    );
    return 1;
  }
  const merge = prefer === undefined ? found : mergeDrafts(drafts, changes, preferAll(found.conflicts, prefer));
  const contract = merge.contract as Record<string, unknown>;
  await writeOutputFile(out, `${JSON.stringify({ ...contract, schemaVersion: schema.version }, null, 2)}\n`, first);
  const conflicts = merge.conflicts.length;
  output.out(
    [
      `wrote ${out}: ${PARTNERS.map((partner) => partnerName(contract, partner)).join(" and ")}, not signed yet`,
      conflicts && prefer ? `${conflicts} shared ${conflicts === 1 ? "answer" : "answers"} from ${names[prefer]}’s draft` : "",
      merge.onlyOne ? `${merge.onlyOne} shared ${merge.onlyOne === 1 ? "answer" : "answers"} only one draft gave` : "",
    ]
      .filter(Boolean)
      .join("; "),
  );
  for (const change of merge.fromOther) {
    const partner = change.partner as Partner;
    output.out(`from the other draft: ${change.path}, which ${names[partner]}’s own draft left out`);
  }
  return 0;
};

/** A partner as the conflict lines call them: their name, or their letter. */
function shortName(data: Record<string, unknown>, partner: Partner): string {
  const name = partnerName(data, partner);
  return name === PARTNER_LABELS[partner] ? partner.toUpperCase() : name;
}

function choosePartner(prefer: string | undefined): Partner | undefined {
  if (prefer === undefined) return undefined;
  if (prefer !== "a" && prefer !== "b") throw new CliError(`invalid --prefer "${prefer}": use a or b`, { exitCode: 2 });
  return prefer;
}
