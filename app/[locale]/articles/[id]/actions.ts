"use server";

import { z } from "zod";
import { approveSegment } from "@/lib/db/segments/approve-segment";
import { editSegment } from "@/lib/db/segments/edit-segment";
import { rejectSegment } from "@/lib/db/segments/reject-segment";
import { runAction } from "../../run-action";

const id = z.number().int().positive();
const review = z.object({ segmentId: id, version: id });

export async function saveSegmentAction(input: { segmentId: number; version: number; text: string }) {
  return runAction(review.extend({ text: z.string() }), input, (data, { db, user }) => editSegment(db, data, user.id));
}

export async function approveSegmentAction(input: { segmentId: number; version: number }) {
  return runAction(review, input, (data, { db, user }) => approveSegment(db, data, user.id));
}

export async function rejectSegmentAction(input: { segmentId: number; version: number; comment?: string }) {
  return runAction(review.extend({ comment: z.string().max(2000).optional() }), input, (data, { db, user }) => rejectSegment(db, data, user.id));
}
