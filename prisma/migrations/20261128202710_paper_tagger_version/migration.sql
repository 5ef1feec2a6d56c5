-- AlterTable
ALTER TABLE "Paper" ADD COLUMN     "taggerVersion" TEXT;

-- CreateIndex
CREATE INDEX "Paper_taggerVersion_idx" ON "Paper"("taggerVersion");
