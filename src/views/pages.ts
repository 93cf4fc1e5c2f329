import type { Component } from 'svelte';
import type { Area } from './areas.ts';
import ContextPage from './context/ContextPage.svelte';
import Dashboard from './dashboard/Dashboard.svelte';
import DueView from './due/DueView.svelte';
import ExportView from './export/ExportView.svelte';
import ImportScreen from './import/ImportScreen.svelte';
import PoliciesPage from './leadership/PoliciesPage.svelte';
import RolesPage from './leadership/RolesPage.svelte';
import ObjectivesPage from './objectives/ObjectivesPage.svelte';
import PartiesPage from './parties/PartiesPage.svelte';
import ImprovementsPage from './improvement/ImprovementsPage.svelte';
import NonconformitiesPage from './improvement/NonconformitiesPage.svelte';
import AuditsPage from './performance/AuditsPage.svelte';
import ReviewsPage from './performance/ReviewsPage.svelte';
import ScopePage from './scope/ScopePage.svelte';
import AwarenessPage from './support/AwarenessPage.svelte';
import CommunicationPage from './support/CommunicationPage.svelte';
import CompetencePage from './support/CompetencePage.svelte';
import DocumentsPage from './support/DocumentsPage.svelte';
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
  due: screen(DueView),
  import: screen(ImportScreen),
  export: screen(ExportView),
  risks: screen(RisksPage),
  soa: screen(SoaPage),
  settings: screen(SettingsView),
  nonconformities: screen(NonconformitiesPage),
  improvements: screen(ImprovementsPage),
  reviews: screen(ReviewsPage),
  audits: screen(AuditsPage),
  scope: screen(ScopePage),
  context: screen(ContextPage),
  parties: screen(PartiesPage),
  policies: screen(PoliciesPage),
  roles: screen(RolesPage),
  objectives: screen(ObjectivesPage),
  documents: screen(DocumentsPage),
  competence: screen(CompetencePage),
  awareness: screen(AwarenessPage),
  communication: screen(CommunicationPage),
};
