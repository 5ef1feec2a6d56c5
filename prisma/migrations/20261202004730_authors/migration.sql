-- AlterTable
ALTER TABLE "DigestDelivery" ADD COLUMN     "authorPaperIds" INTEGER[] DEFAULT ARRAY[]::INTEGER[];

-- AlterTable
ALTER TABLE "Paper" ADD COLUMN     "authorKeys" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "Subscriber" ADD COLUMN     "authorsAnyTechnique" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "excludes" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "AuthorFollow" (
    "subscriberId" TEXT NOT NULL,
    "authorKey" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmedAt" TIMESTAMP(3),

    CONSTRAINT "AuthorFollow_pkey" PRIMARY KEY ("subscriberId","authorKey")
);

-- CreateIndex
CREATE INDEX "AuthorFollow_authorKey_idx" ON "AuthorFollow"("authorKey");

-- CreateIndex
CREATE INDEX "Paper_authorKeys_idx" ON "Paper" USING GIN ("authorKeys");

-- AddForeignKey
ALTER TABLE "AuthorFollow" ADD CONSTRAINT "AuthorFollow_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "Subscriber"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Author keys (#15): the twin of lib/authors/author-key.ts, which builds the same keys for links;
-- tests/lib/authors/author-key.test.ts checks that both agree on real and odd names. Case,
-- accents, punctuation, middle names and initials do not change an author's key.
CREATE FUNCTION author_name_tokens(name text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array_remove(regexp_split_to_array(
    replace(replace(replace(replace(
      translate(lower(regexp_replace(normalize(
        regexp_replace(regexp_replace(coalesce(name, ''),
          '[\u0001-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', '', 'g'),
          '[''\u2019\u02bc`\u00b4]', '', 'g'),
        NFKD), '[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]', '', 'g')),
        'øłđðħıŧς', 'olddhitσ'),
      'ß', 'ss'), 'æ', 'ae'), 'œ', 'oe'), 'þ', 'th'),
    -- [:alnum:] leaves out combining marks (a Devanagari virama): those of the scripts names use are kept.
    '[^[:alnum:]\u0483-\u0487\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0900-\u0963\u0966-\u0dff\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u3099\u309a]+'), '')
$$;

-- Per author: the key (full given names and surname, "geoffrey-hinton"; initials only when no
-- given name is written out, "g-hinton") and the initial key ("g-hinton"), each once.
CREATE FUNCTION author_keys(authors text[]) RETURNS text[] LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  author text; tokens text[]; given text[]; written text[]; surname text; keys text[] := '{}'; key text;
BEGIN
  FOREACH author IN ARRAY coalesce(authors, '{}') LOOP
    tokens := author_name_tokens(author);
    IF cardinality(tokens) > 2 AND tokens[cardinality(tokens)] IN ('jr', 'sr', 'ii', 'iii', 'iv') THEN
      tokens := tokens[1:cardinality(tokens) - 1];
    END IF;
    CONTINUE WHEN cardinality(tokens) = 0;
    surname := tokens[cardinality(tokens)];
    given := tokens[1:cardinality(tokens) - 1];
    written := ARRAY(SELECT t FROM unnest(given) WITH ORDINALITY AS g(t, i) WHERE length(t) > 1 ORDER BY i);
    IF cardinality(written) = 0 AND cardinality(given) > 0 THEN written := ARRAY[left(given[1], 1)]; END IF;
    FOREACH key IN ARRAY ARRAY[
      left(array_to_string(written || surname, '-'), 120),
      left(CASE WHEN cardinality(given) > 0 THEN left(given[1], 1) || '-' || surname ELSE surname END, 120)
    ] LOOP
      IF NOT key = ANY(keys) THEN keys := keys || key; END IF;
    END LOOP;
  END LOOP;
  RETURN keys;
END
$$;

CREATE FUNCTION paper_author_keys_update() RETURNS trigger AS $$
BEGIN
  NEW."authorKeys" := author_keys(NEW."authors");
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER paper_author_keys_update
  BEFORE INSERT OR UPDATE OF "authors", "authorKeys" ON "Paper"
  FOR EACH ROW EXECUTE FUNCTION paper_author_keys_update();

UPDATE "Paper" SET "authorKeys" = author_keys("authors");
