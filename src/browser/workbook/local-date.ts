/** A date as YYYY-MM-DD in the person's own time zone: the day they see on their calendar, not UTC's. */
export function localDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
