-- AlterTable
ALTER TABLE "Paper" ADD COLUMN     "facts" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "factsVersion" TEXT;

-- CreateIndex
CREATE INDEX "Paper_factsVersion_idx" ON "Paper"("factsVersion");
