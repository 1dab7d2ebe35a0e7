-- AlterTable
ALTER TABLE "articles" ADD COLUMN     "authors_linked" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "finding_dismissals" ADD COLUMN     "imported_by" JSONB;

