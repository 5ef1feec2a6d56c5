-- AlterEnum
ALTER TYPE "Cadence" ADD VALUE 'alerts';

-- AlterTable
ALTER TABLE "DigestDelivery" ADD COLUMN     "changeIds" INTEGER[] DEFAULT ARRAY[]::INTEGER[];

-- CreateTable
CREATE TABLE "Watch" (
    "subscriberId" TEXT NOT NULL,
    "paperId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Watch_pkey" PRIMARY KEY ("subscriberId","paperId")
);

-- CreateTable
CREATE TABLE "PaperChange" (
    "id" SERIAL NOT NULL,
    "paperId" INTEGER NOT NULL,
    "before" JSONB NOT NULL,
    "after" JSONB NOT NULL,
    "detectedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PaperChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Watch_paperId_idx" ON "Watch"("paperId");

-- CreateIndex
CREATE INDEX "PaperChange_paperId_id_idx" ON "PaperChange"("paperId", "id");

-- AddForeignKey
ALTER TABLE "Watch" ADD CONSTRAINT "Watch_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "Subscriber"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Watch" ADD CONSTRAINT "Watch_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "Paper"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaperChange" ADD CONSTRAINT "PaperChange_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "Paper"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A watched paper's change is recorded where every writer passes (ingest from any source, a CLI,
-- a hand-run UPDATE): a row trigger that fires only when the version, the code links, the journal
-- reference or the DOI moved, and writes only while someone watches the paper (one probe of
-- "Watch_paperId_idx"). It keeps both sides whole; lib/watches/describe-change.ts says what changed.
CREATE FUNCTION record_watched_paper_change() RETURNS trigger AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM "Watch" w WHERE w."paperId" = NEW."id") THEN
    INSERT INTO "PaperChange" ("paperId", "before", "after") VALUES (
      NEW."id",
      jsonb_build_object('version', OLD."version", 'title', OLD."title", 'abstract', OLD."abstract", 'comments', OLD."comments",
        'codeUrls', to_jsonb(coalesce(OLD."codeUrls", '{}')), 'journalRef', OLD."journalRef", 'doi', OLD."doi",
        'facts', OLD."facts", 'factsVersion', OLD."factsVersion"),
      jsonb_build_object('version', NEW."version", 'title', NEW."title", 'abstract', NEW."abstract", 'comments', NEW."comments",
        'codeUrls', to_jsonb(coalesce(NEW."codeUrls", '{}')), 'journalRef', NEW."journalRef", 'doi', NEW."doi",
        'facts', NEW."facts", 'factsVersion', NEW."factsVersion"));
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Paper_record_watched_change" AFTER UPDATE ON "Paper" FOR EACH ROW
  WHEN (OLD."version" IS DISTINCT FROM NEW."version"
     OR OLD."codeUrls" IS DISTINCT FROM NEW."codeUrls"
     OR OLD."journalRef" IS DISTINCT FROM NEW."journalRef"
     OR OLD."doi" IS DISTINCT FROM NEW."doi")
  EXECUTE FUNCTION record_watched_paper_change();
