// axe-core in real Chromium on every view, light and dark: no serious or critical violation.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, ROOT, type AppUnderTest } from './harness';
import { seedWorkspace } from './stories-helpers';

const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const VIEWS = ['Stories', 'Coverage', 'Projects', 'Loops', 'Companies', 'Practice', 'Export', 'Settings'];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

describe('accessibility (axe-core) on every view', () => {
  let app: AppUnderTest;
  beforeAll(async () => {
    app = await launchApp();
    await seedWorkspace(app);
  });
  afterAll(async () => {
    await app?.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no serious or critical violations in the ${scheme} theme`, async () => {
      // axe is injected as a script, which the app's CSP rightly refuses; this context bypasses CSP for the audit only.
      const context = await app.browser.newContext({
        bypassCSP: true,
        colorScheme: scheme,
        viewport: { width: 1360, height: 860 },
      });
      const page = await context.newPage();
      await page.goto(app.bridge.url);
      await page.getByTestId('story-list').waitFor();
      const found: Record<string, string[]> = {};
      for (const view of VIEWS) {
        await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: view }).click();
        await page.getByRole('heading', { level: 1, name: view }).waitFor();
        // The seeded draft names a project, so Projects shows its depth map: audit that, not a loading line.
        if (view === 'Projects') await page.getByTestId('depth-map').waitFor();
        await page.waitForTimeout(300);
        const v = await seriousViolations(page);
        if (v.length) found[view] = v;
      }
      // The editor with a finding's tooltip open, and the shortcuts sheet, are part of the app too.
      await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Stories' }).click();
      await page.locator('.cm-finding').first().waitFor();
      await page.keyboard.press('F8');
      await page.locator('.cm-finding-tooltip').first().waitFor();
      const editor = await seriousViolations(page);
      if (editor.length) found['Stories (finding tooltip)'] = editor;
      await page.keyboard.press('Control+/');
      await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
      const sheet = await seriousViolations(page);
      if (sheet.length) found['Shortcuts sheet'] = sheet;
      await context.close();
      expect(found).toEqual({});
    });
  }
});
