-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "RunStatus" AS ENUM ('running', 'succeeded', 'failed');

-- CreateEnum
CREATE TYPE "SubscriberStatus" AS ENUM ('pending', 'active', 'unsubscribed', 'bounced');

-- CreateEnum
CREATE TYPE "Cadence" AS ENUM ('daily', 'weekly');

-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('claimed', 'sent', 'skipped', 'failed');

-- CreateTable
CREATE TABLE "Paper" (
    "id" SERIAL NOT NULL,
    "arxivId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "title" TEXT NOT NULL,
    "abstract" TEXT NOT NULL DEFAULT '',
    "authors" TEXT[],
    "primaryCategory" TEXT,
    "categories" TEXT[],
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "revisedAt" TIMESTAMP(3),
    "absUrl" TEXT,
    "pdfUrl" TEXT,
    "codeUrls" TEXT[],
    "projectUrl" TEXT,
    "comments" TEXT,
    "doi" TEXT,
    "journalRef" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "votes" INTEGER NOT NULL DEFAULT 0,
    "externalUpvotes" INTEGER NOT NULL DEFAULT 0,
    "hasCode" BOOLEAN NOT NULL DEFAULT false,
    "topics" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "search" tsvector,

    CONSTRAINT "Paper_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaperSignal" (
    "id" SERIAL NOT NULL,
    "paperId" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "upvotes" INTEGER NOT NULL DEFAULT 0,
    "githubUrl" TEXT,
    "githubStars" INTEGER,
    "keywords" TEXT[],
    "firstSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PaperSignal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaperTopic" (
    "paperId" INTEGER NOT NULL,
    "topic" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "evidence" TEXT[],
    "taggerVersion" TEXT NOT NULL,
    "taggedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PaperTopic_pkey" PRIMARY KEY ("paperId","topic")
);

-- CreateTable
CREATE TABLE "IngestSource" (
    "id" TEXT NOT NULL,
    "etag" TEXT,
    "lastModified" TEXT,
    "lastRunAt" TIMESTAMP(3),
    "lastSuccessAt" TIMESTAMP(3),
    "expectedEveryHours" INTEGER NOT NULL DEFAULT 26,

    CONSTRAINT "IngestSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IngestRun" (
    "id" SERIAL NOT NULL,
    "sourceId" TEXT NOT NULL,
    "status" "RunStatus" NOT NULL DEFAULT 'running',
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "fetched" INTEGER NOT NULL DEFAULT 0,
    "created" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "skipped" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "firstError" TEXT,

    CONSTRAINT "IngestRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Vote" (
    "paperId" INTEGER NOT NULL,
    "voterId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Vote_pkey" PRIMARY KEY ("paperId","voterId")
);

-- CreateTable
CREATE TABLE "Subscriber" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "status" "SubscriberStatus" NOT NULL DEFAULT 'pending',
    "topics" TEXT[],
    "cadence" "Cadence" NOT NULL DEFAULT 'weekly',
    "sendEmpty" BOOLEAN NOT NULL DEFAULT false,
    "pausedAt" TIMESTAMP(3),
    "tokenSecret" TEXT NOT NULL,
    "confirmationSentAt" TIMESTAMP(3),
    "confirmationsSent" INTEGER NOT NULL DEFAULT 0,
    "hardBounces" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmedAt" TIMESTAMP(3),
    "unsubscribedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Subscriber_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Digest" (
    "id" SERIAL NOT NULL,
    "cadence" "Cadence" NOT NULL,
    "periodKey" TEXT NOT NULL,
    "periodStart" TIMESTAMP(3) NOT NULL,
    "periodEnd" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Digest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DigestDelivery" (
    "id" SERIAL NOT NULL,
    "digestId" INTEGER NOT NULL,
    "subscriberId" TEXT NOT NULL,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'claimed',
    "messageId" TEXT NOT NULL,
    "paperIds" INTEGER[],
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "claimedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedBy" TEXT,
    "sentAt" TIMESTAMP(3),
    "nextAttemptAt" TIMESTAMP(3),
    "lastError" TEXT,

    CONSTRAINT "DigestDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Paper_arxivId_key" ON "Paper"("arxivId");

-- CreateIndex
CREATE INDEX "Paper_publishedAt_id_idx" ON "Paper"("publishedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Paper_topics_idx" ON "Paper" USING GIN ("topics");

-- CreateIndex
CREATE INDEX "Paper_categories_idx" ON "Paper" USING GIN ("categories");

-- CreateIndex
CREATE INDEX "Paper_search_idx" ON "Paper" USING GIN ("search");

-- CreateIndex
CREATE INDEX "Paper_isDemo_idx" ON "Paper"("isDemo");

-- CreateIndex
CREATE UNIQUE INDEX "PaperSignal_paperId_source_key" ON "PaperSignal"("paperId", "source");

-- CreateIndex
CREATE INDEX "PaperTopic_topic_score_idx" ON "PaperTopic"("topic", "score" DESC);

-- CreateIndex
CREATE INDEX "PaperTopic_taggerVersion_idx" ON "PaperTopic"("taggerVersion");

-- CreateIndex
CREATE INDEX "IngestRun_sourceId_startedAt_idx" ON "IngestRun"("sourceId", "startedAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Subscriber_email_key" ON "Subscriber"("email");

-- CreateIndex
CREATE INDEX "Subscriber_status_cadence_idx" ON "Subscriber"("status", "cadence");

-- CreateIndex
CREATE UNIQUE INDEX "Digest_periodKey_key" ON "Digest"("periodKey");

-- CreateIndex
CREATE UNIQUE INDEX "DigestDelivery_messageId_key" ON "DigestDelivery"("messageId");

-- CreateIndex
CREATE INDEX "DigestDelivery_digestId_status_idx" ON "DigestDelivery"("digestId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "DigestDelivery_subscriberId_digestId_key" ON "DigestDelivery"("subscriberId", "digestId");

-- AddForeignKey
ALTER TABLE "PaperSignal" ADD CONSTRAINT "PaperSignal_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "Paper"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaperTopic" ADD CONSTRAINT "PaperTopic_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "Paper"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IngestRun" ADD CONSTRAINT "IngestRun_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "IngestSource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "Paper"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DigestDelivery" ADD CONSTRAINT "DigestDelivery_digestId_fkey" FOREIGN KEY ("digestId") REFERENCES "Digest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DigestDelivery" ADD CONSTRAINT "DigestDelivery_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "Subscriber"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Full-text search: title (weight A) counts more than abstract (weight B). A trigger rather than
-- a generated column, because Prisma's differ reads a generated column as drift.
CREATE FUNCTION paper_search_update() RETURNS trigger AS $$
BEGIN
  NEW."search" :=
    setweight(to_tsvector('english', coalesce(NEW."title", '')), 'A') ||
    setweight(to_tsvector('english', coalesce(NEW."abstract", '')), 'B');
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER paper_search_update
  BEFORE INSERT OR UPDATE OF "title", "abstract" ON "Paper"
  FOR EACH ROW EXECUTE FUNCTION paper_search_update();
