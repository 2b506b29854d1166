/** The fields of a step page that navigation needs. */
export interface StepLink {
  url: string;
  data: { step: number; title: string; shortTitle: string };
}

/** Where a step stands among all steps: its position, and its neighbours. */
export interface StepNavigation<Step extends StepLink = StepLink> {
  current: number;
  total: number;
  previous: Step | undefined;
  next: Step | undefined;
}

/** Finds the previous and next step around step number `step` in steps sorted by number. */
export function stepNavigation<Step extends StepLink>(steps: readonly Step[], step: number): StepNavigation<Step> {
  const index = steps.findIndex((candidate) => candidate.data.step === step);
  if (index === -1) throw new Error(`no step page with "step: ${step}"`);
  return { current: index + 1, total: steps.length, previous: steps[index - 1], next: steps[index + 1] };
}
