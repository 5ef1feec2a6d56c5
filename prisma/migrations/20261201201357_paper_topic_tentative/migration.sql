-- AlterTable
ALTER TABLE "PaperTopic" ADD COLUMN     "tentative" BOOLEAN NOT NULL DEFAULT false;
