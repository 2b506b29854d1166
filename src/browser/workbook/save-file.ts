/**
 * Offers text to the person as a file download. The file is made in the page from a
 * Blob: nothing leaves the device.
 */
export function saveFile(text: string, fileName: string, type = "application/json"): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start the download after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The name of an export: `autonomy-contract-maya-and-jonas-2026-03-01.json`. */
export function exportFileName(names: (string | undefined)[], date: Date): string {
  const slug = names
    .filter((name): name is string => Boolean(name?.trim()))
    .map((name) =>
      name
        .normalize("NFKD")
        .replace(/[\u0300-\u036f]/g, "")
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, "")
        .split("-")[0],
    )
    .filter(Boolean)
    .join("-and-");
  const day = date.toISOString().slice(0, 10);
  return `autonomy-contract${slug ? `-${slug}` : ""}-${day}.json`;
}
