import type { Lessons } from '../../fill/content-protocol';
import type { SubjectInput } from '../../rules/types';
import type { MappingRepository } from '../../store/mappings';
import type { ProfileRepository } from '../../store/repository';
import type { SendToTab } from '../../tab/ask-tab';
import type { TabChoice, TabStore } from '../../tab/tab-store';

/** Where a tab is, which document it shows, and what was taught on its host. */
export interface TabPlace {
  host: string;
  location: string;
  document: string;
  lessons: Lessons;
}

/** What each part of the background's side of the tabs works with: the book, the lessons, the tab, and what is kept per tab. */
export interface TabContext {
  repository: ProfileRepository;
  mappings: MappingRepository;
  sendToTab: SendToTab;
  choices: TabStore<TabChoice>;
  subjects: TabStore<SubjectInput>;
  /** Where the tab is, which document it shows, and what was taught there; nothing when no content script answers (not a platform page). */
  place(tabId: number): Promise<TabPlace | undefined>;
}
