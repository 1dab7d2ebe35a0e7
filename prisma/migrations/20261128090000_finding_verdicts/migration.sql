-- CreateEnum
CREATE TYPE "FindingFate" AS ENUM ('fixed', 'dismissed', 'resolved', 'stale');

-- CreateEnum
CREATE TYPE "DismissalReason" AS ENUM ('correct', 'name', 'quotation', 'other');

-- CreateEnum
CREATE TYPE "StaleCause" AS ENUM ('merged', 'deleted', 'chrome', 'unfound', 'disabled');

-- AlterTable
ALTER TABLE "finding_dismissals" ADD COLUMN     "reason_code" "DismissalReason";

-- CreateTable
CREATE TABLE "finding_verdicts" (
    "id" SERIAL NOT NULL,
    "finding_id" INTEGER NOT NULL,
    "article_id" INTEGER,
    "segment_id" INTEGER,
    "check" TEXT NOT NULL,
    "severity" "Severity" NOT NULL,
    "text" TEXT NOT NULL,
    "fate" "FindingFate" NOT NULL,
    "reason" "DismissalReason",
    "note" TEXT,
    "stale_cause" "StaleCause",
    "context_before" TEXT,
    "context_after" TEXT,
    "raised_at" TIMESTAMP(3) NOT NULL,
    "decided_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decided_by_id" INTEGER,

    CONSTRAINT "finding_verdicts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "check_settings" (
    "check" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "severity" "Severity",
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_by_id" INTEGER,

    CONSTRAINT "check_settings_pkey" PRIMARY KEY ("check")
);

-- CreateIndex
CREATE UNIQUE INDEX "finding_verdicts_finding_id_key" ON "finding_verdicts"("finding_id");

-- CreateIndex
CREATE INDEX "finding_verdicts_check_decided_at_idx" ON "finding_verdicts"("check", "decided_at");

-- CreateIndex
CREATE INDEX "finding_verdicts_decided_at_idx" ON "finding_verdicts"("decided_at");

-- CreateIndex
CREATE INDEX "finding_verdicts_article_id_idx" ON "finding_verdicts"("article_id");

-- CreateIndex
CREATE INDEX "finding_verdicts_segment_id_idx" ON "finding_verdicts"("segment_id");

-- AddForeignKey
ALTER TABLE "finding_verdicts" ADD CONSTRAINT "finding_verdicts_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "finding_verdicts" ADD CONSTRAINT "finding_verdicts_segment_id_fkey" FOREIGN KEY ("segment_id") REFERENCES "segments"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "finding_verdicts" ADD CONSTRAINT "finding_verdicts_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "check_settings" ADD CONSTRAINT "check_settings_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

