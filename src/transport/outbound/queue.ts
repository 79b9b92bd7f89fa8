import type { ApiResponse } from "grammy/types";
import { supersedes, type CallKind } from "./classify.js";
import type { Priority } from "./priority.js";

/** Telegram's deleteMessages takes at most 100 ids a call. */
export const DELETE_BATCH_LIMIT = 100;

/** The next transformer (or the HTTP call) as the scheduler calls it. */
export type Prev = (method: string, payload: Record<string, unknown>, signal?: AbortSignal) => Promise<ApiResponse<unknown>>;

export interface Waiter {
  resolve(response: ApiResponse<unknown>): void;
  reject(error: unknown): void;
}

/** One call to Telegram, standing for one or more callers once coalesced. */
export interface Job {
  /** Enqueue order; a coalesced job keeps its oldest caller's, so repeated edits cannot push it back for ever. */
  seq: number;
  priority: Priority;
  method: string;
  payload: Record<string, unknown>;
  signal: AbortSignal | undefined;
  prev: Prev;
  kind: CallKind;
  enqueuedAt: number;
  /** Callers awaiting Telegram's answer. */
  waiters: Waiter[];
  /** Callers already told `ok` (fire-and-forget). */
  detached: number;
  /** Goes before the other chats' calls of its priority (the coordinators' view of a surge). */
  ahead?: boolean;
  editKey?: string;
  messageIds?: number[];
}

/**
 * One bucket's waiting calls: a FIFO lane per priority, and the coalescing
 * of deletes (into one deleteMessages) and of repeated edits of a message
 * (only the last is sent). Calls in flight are not here and never coalesce.
 */
export class ChatQueue {
  private readonly lanes: Job[][] = [[], [], [], [], []];
  private count = 0;

  get size(): number {
    return this.count;
  }

  head(): Job | undefined {
    for (const lane of this.lanes) if (lane.length > 0) return lane[0];
    return undefined;
  }

  shift(): Job | undefined {
    for (const lane of this.lanes) {
      const job = lane.shift();
      if (job) {
        this.count--;
        return job;
      }
    }
    return undefined;
  }

  /** A call Telegram turned away (429) goes back to the front of its lane. */
  requeue(job: Job): void {
    this.lanes[job.priority]!.unshift(job);
    this.count++;
  }

  /** Adds a call, merging it into a waiting one where it can; returns the job that now carries it. */
  add(job: Job): Job {
    if (job.kind === "delete") return this.mergeDelete(job) ?? this.insert(job);
    if (job.editKey !== undefined) this.absorbEdits(job);
    return this.insert(job);
  }

  /** Empties the queue (stop). */
  drain(): Job[] {
    const all = this.lanes.flatMap((lane) => lane.splice(0));
    this.count = 0;
    return all;
  }

  private insert(job: Job): Job {
    const lane = this.lanes[job.priority]!;
    let at = lane.length;
    while (at > 0 && lane[at - 1]!.seq > job.seq) at--;
    lane.splice(at, 0, job);
    this.count++;
    return job;
  }

  private remove(job: Job): void {
    const lane = this.lanes[job.priority]!;
    const at = lane.indexOf(job);
    if (at >= 0) {
      lane.splice(at, 1);
      this.count--;
    }
  }

  private mergeDelete(job: Job): Job | undefined {
    const ids = job.messageIds!;
    const target = this.lanes.flat().find((queued) => {
      if (queued.kind !== "delete") return false;
      return new Set([...queued.messageIds!, ...ids]).size <= DELETE_BATCH_LIMIT;
    });
    if (!target) return undefined;
    this.remove(target);
    const messageIds = [...new Set([...target.messageIds!, ...ids])];
    target.messageIds = messageIds;
    target.method = "deleteMessages";
    target.payload = { chat_id: target.payload.chat_id, message_ids: messageIds };
    this.takeOver(target, job);
    return this.insert(target);
  }

  /** The new edit replaces the waiting edits of the same message it says everything for. */
  private absorbEdits(job: Job): void {
    for (const queued of this.lanes.flat()) {
      if (queued.editKey !== job.editKey || !supersedes(job.method, queued.method)) continue;
      this.remove(queued);
      job.seq = Math.min(job.seq, queued.seq);
      job.priority = Math.min(job.priority, queued.priority) as Priority;
      job.enqueuedAt = Math.min(job.enqueuedAt, queued.enqueuedAt);
      job.waiters.unshift(...queued.waiters);
      job.detached += queued.detached;
    }
  }

  /** `into` now also answers `from`'s callers and leaves as soon as the more urgent of the two. */
  private takeOver(into: Job, from: Job): void {
    into.priority = Math.min(into.priority, from.priority) as Priority;
    into.waiters.push(...from.waiters);
    into.detached += from.detached;
    // The newest caller's transport: an older context's Api may be one whose webhook reply was used.
    into.prev = from.prev;
    into.signal = from.signal;
  }
}
