/**
 * Undo and redo over whole versions of the draft (structural sharing keeps each version
 * cheap). Typing in one field is one step: changes to the same field within COALESCE_MS of
 * each other merge into the step before.
 */
import type { Draft } from './draft.js';

/** Keystrokes in one field closer than this make one undo step. */
export const COALESCE_MS = 1000;
/** Steps kept; the oldest go first. */
const LIMIT = 500;

export interface Step {
  before: Draft;
  after: Draft;
  /** What the step did, for the undo button's name ("Undo: delete event"). */
  label: string;
  /** Steps with the same key close in time merge (one field's typing). */
  key?: string;
  at: number;
}

export class History {
  private _undo: Step[] = [];
  private _redo: Step[] = [];

  get canUndo(): boolean {
    return this._undo.length > 0;
  }

  get canRedo(): boolean {
    return this._redo.length > 0;
  }

  /** The label of the step Undo would take back. */
  get undoLabel(): string | undefined {
    return this._undo.at(-1)?.label;
  }

  get redoLabel(): string | undefined {
    return this._redo.at(-1)?.label;
  }

  /** Records a change; `now` is the time of the change (milliseconds, any clock). */
  record(step: Step): void {
    this._redo = [];
    const last = this._undo.at(-1);
    if (last && step.key !== undefined && last.key === step.key && step.at - last.at < COALESCE_MS) {
      this._undo[this._undo.length - 1] = { ...last, after: step.after, at: step.at };
      return;
    }
    this._undo.push(step);
    if (this._undo.length > LIMIT) this._undo.shift();
  }

  /** The version before the last step, which becomes redoable; undefined when there is none. */
  undo(): Step | undefined {
    const step = this._undo.pop();
    if (step) this._redo.push(step);
    return step;
  }

  redo(): Step | undefined {
    const step = this._redo.pop();
    if (step) this._undo.push(step);
    return step;
  }

  clear(): void {
    this._undo = [];
    this._redo = [];
  }
}
