import type { EntityManager } from 'typeorm';
import type { Task } from './task.entity';

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

/** A certified officer recorded on an enforcement step. */
export interface TaskOfficer {
  certificateId: number;
  certificateNo: string;
  holderName: string;
}

/**
 * Enforcement steps that need certified officers (the catalogue's `officers` on an item, e.g. two
 * for 调查取证): the certificate register checks and records them when the step is completed.
 */
export abstract class OfficerCheck {
  /**
   * Inside the completion's transaction: records the officers, or refuses (422) when fewer than
   * the step needs hold a certificate valid on `doneOn`.
   */
  abstract recordOnCompletion(m: EntityManager, task: Task, certificateIds: number[], doneOn: string): Promise<void>;
  /** How many officers the task's step needs, and those recorded. */
  abstract officersOf(task: Task): Promise<{ required: number; officers: TaskOfficer[] }>;
}
