/** What a user does often in these tests, as a keyboard user would. */
import type { Page } from 'playwright-core';

/** Each named weight to 0: focus its slider and press Home. */
export async function weightsToZero(page: Page, keys: readonly string[]) {
  for (const key of keys) {
    await page.focus(`input[type="range"][data-var="${key}"]`);
    await page.keyboard.press('Home');
  }
}

/** Only overcrowding keeps its weight. */
export async function onlyOvercrowding(page: Page) {
  await weightsToZero(page, ['behorighet_yrkesprogram', 'ekonomiskt_bistand', 'laginkomststandard']);
  await page.locator('body').focus();
}

export const resetWeights = (page: Page) => page.getByRole('button', { name: 'Återställ vikter (25 var)' }).click();

/** A file without a year column asks which year it holds: answer (or take the suggestion) and load it. */
export async function answerYear(page: Page, year?: number) {
  const question = page.getByTestId('year-question');
  await question.waitFor();
  if (year !== undefined) await question.getByRole('textbox').fill(String(year));
  await question.getByRole('button', { name: 'Läs in' }).click();
}
