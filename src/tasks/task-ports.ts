/**
 * What the task views need from modules that sit above tasks (plans issue tasks, evidence is
 * attached to them). Tasks define these ports and the upper modules provide them, so imports
 * between the folders point one way.
 */
export abstract class PlanLookup {
  /** Plan titles by id. */
  abstract titles(ids: number[]): Promise<Map<number, string>>;
  /** Ids of the plans of one year. */
  abstract idsOfYear(year: number): Promise<number[]>;
  /** Ids of the plans whose title or case reference matches a pattern from `containsPattern`. */
  abstract idsMatching(pattern: string): Promise<number[]>;
  /** Ids of the cases (legal-adviser review requests) addressed to this adviser. */
  abstract addressedTo(adviserId: number): Promise<number[]>;
  /** A plan's year and case anchor dates (an activity's allowed period); null if it does not exist. */
  abstract datesOf(id: number): Promise<{ year: number; anchors: Record<string, string> } | null>;
}

/** An evidence file as the task page lists it. */
export interface TaskEvidenceFile {
  id: number;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
  effectiveOn: string;
  activityId: number | null;
  uploadedAt: Date;
  uploadedById: number;
}

export abstract class TaskEvidence {
  abstract filesOf(taskId: number): Promise<TaskEvidenceFile[]>;
}
