-- CreateEnum
CREATE TYPE "Role" AS ENUM ('admin', 'editor', 'translator');

-- CreateEnum
CREATE TYPE "SegmentKind" AS ENUM ('headline', 'standfirst', 'subheading', 'paragraph', 'caption', 'dateline', 'page_chrome');

-- CreateEnum
CREATE TYPE "SegmentStatus" AS ENUM ('new', 'edited', 'approved', 'rejected');

-- CreateEnum
CREATE TYPE "RevisionAction" AS ENUM ('edit', 'approve', 'reject');

-- CreateTable
CREATE TABLE "users" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'translator',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "articles" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "source_lang" TEXT,
    "target_lang" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "import_key" TEXT,
    "trailing_text" TEXT NOT NULL DEFAULT '',
    "imported_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "imported_by_id" INTEGER,

    CONSTRAINT "articles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "segments" (
    "id" SERIAL NOT NULL,
    "article_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "block" INTEGER NOT NULL,
    "kind" "SegmentKind" NOT NULL,
    "gap_before" TEXT NOT NULL DEFAULT '',
    "mt_text" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "source_text" TEXT,
    "status" "SegmentStatus" NOT NULL DEFAULT 'new',
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_by_id" INTEGER,

    CONSTRAINT "segments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "segment_revisions" (
    "id" SERIAL NOT NULL,
    "segment_id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "action" "RevisionAction" NOT NULL,
    "text_before" TEXT NOT NULL,
    "text_after" TEXT NOT NULL,
    "status_before" "SegmentStatus" NOT NULL,
    "status_after" "SegmentStatus" NOT NULL,
    "comment" TEXT,
    "author_id" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "segment_revisions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE UNIQUE INDEX "articles_import_key_key" ON "articles"("import_key");

-- CreateIndex
CREATE INDEX "segments_article_id_position_idx" ON "segments"("article_id", "position");

-- CreateIndex
CREATE INDEX "segment_revisions_segment_id_id_idx" ON "segment_revisions"("segment_id", "id");

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_imported_by_id_fkey" FOREIGN KEY ("imported_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "segments" ADD CONSTRAINT "segments_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "segments" ADD CONSTRAINT "segments_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "segment_revisions" ADD CONSTRAINT "segment_revisions_segment_id_fkey" FOREIGN KEY ("segment_id") REFERENCES "segments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "segment_revisions" ADD CONSTRAINT "segment_revisions_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
