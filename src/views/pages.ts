import type { Component } from 'svelte';
import type { Area } from './areas.ts';
import Dashboard from './dashboard/Dashboard.svelte';
import ExportView from './export/ExportView.svelte';
import ImportView from './import/ImportView.svelte';
import Readiness from './readiness/Readiness.svelte';
import RisksPage from './risks/RisksPage.svelte';
import SettingsView from './settings/SettingsView.svelte';
import SoaPage from './soa/SoaPage.svelte';

/** The screens that replace the generic register page of an area; every page gets its area. */
export type AreaScreen = Component<{ area: Area }>;

/** A screen that does not need its area still receives it; Svelte ignores props a component does not declare. */
function screen<P extends object>(c: Component<P>): AreaScreen {
  return c as unknown as AreaScreen;
}

/**
 * Dedicated screens by route. An area not listed here shows its registers through the generic
 * register page. One line per screen, so that areas can gain screens independently.
 */
export const pages: Partial<Record<string, AreaScreen>> = {
  dashboard: screen(Dashboard),
  readiness: screen(Readiness),
  import: screen(ImportView),
  export: screen(ExportView),
  risks: screen(RisksPage),
  soa: screen(SoaPage),
  settings: screen(SettingsView),
};
