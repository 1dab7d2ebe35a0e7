-- AlterTable
ALTER TABLE "segments" ADD COLUMN     "merged_into_id" INTEGER;

-- AlterTable
ALTER TABLE "segment_revisions" ADD COLUMN     "overridden" JSONB;

-- AddForeignKey
ALTER TABLE "segments" ADD CONSTRAINT "segments_merged_into_id_fkey" FOREIGN KEY ("merged_into_id") REFERENCES "segments"("id") ON DELETE SET NULL ON UPDATE CASCADE;

