-- CreateEnum
CREATE TYPE "Severity" AS ENUM ('minor', 'major', 'critical');

-- AlterEnum
ALTER TYPE "RevisionAction" ADD VALUE 'fix';
ALTER TYPE "RevisionAction" ADD VALUE 'split';
ALTER TYPE "RevisionAction" ADD VALUE 'merge';
ALTER TYPE "RevisionAction" ADD VALUE 'set_kind';
ALTER TYPE "RevisionAction" ADD VALUE 'restore';

-- AlterTable: earlier revisions never changed a kind, so both are the segment's kind.
ALTER TABLE "segment_revisions" ADD COLUMN "kind_after" "SegmentKind", ADD COLUMN "kind_before" "SegmentKind";
UPDATE "segment_revisions" AS r SET "kind_before" = s."kind", "kind_after" = s."kind" FROM "segments" AS s WHERE s."id" = r."segment_id";
ALTER TABLE "segment_revisions" ALTER COLUMN "kind_after" SET NOT NULL, ALTER COLUMN "kind_before" SET NOT NULL;

-- CreateTable
CREATE TABLE "findings" (
    "id" SERIAL NOT NULL,
    "article_id" INTEGER NOT NULL,
    "segment_id" INTEGER NOT NULL,
    "check" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "severity" "Severity" NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "fixes" JSONB NOT NULL,
    "values" JSONB,
    "dismissal_id" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "findings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "finding_dismissals" (
    "id" SERIAL NOT NULL,
    "segment_id" INTEGER NOT NULL,
    "check" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "segment_text" TEXT NOT NULL,
    "reason" TEXT,
    "dismissed_by_id" INTEGER,
    "dismissed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "finding_dismissals_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "findings_article_id_check_idx" ON "findings"("article_id", "check");

-- CreateIndex
CREATE INDEX "findings_segment_id_idx" ON "findings"("segment_id");

-- CreateIndex
CREATE INDEX "finding_dismissals_segment_id_idx" ON "finding_dismissals"("segment_id");

-- AddForeignKey
ALTER TABLE "findings" ADD CONSTRAINT "findings_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "findings" ADD CONSTRAINT "findings_segment_id_fkey" FOREIGN KEY ("segment_id") REFERENCES "segments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "findings" ADD CONSTRAINT "findings_dismissal_id_fkey" FOREIGN KEY ("dismissal_id") REFERENCES "finding_dismissals"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "finding_dismissals" ADD CONSTRAINT "finding_dismissals_segment_id_fkey" FOREIGN KEY ("segment_id") REFERENCES "segments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "finding_dismissals" ADD CONSTRAINT "finding_dismissals_dismissed_by_id_fkey" FOREIGN KEY ("dismissed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- CreateTable: small facts about the installation, such as which version of the checks last ran.
CREATE TABLE "app_settings" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "app_settings_pkey" PRIMARY KEY ("key")
);

